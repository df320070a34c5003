import type { FileSize } from "./bundle-sizes";
import { againstGoal, count, fixed, kb, mb, ms, table, times } from "./format";
import type { LoadRun } from "./load-bench";
import type { MainThreadSplit } from "./main-thread-split";
import { GOALS, stepRatio, type FirstView, type LoadSummary, type StepSummary } from "./summaries";

export interface StepFailure {
  library: string;
  variant: string;
  dataset: string;
  error: string;
}

const out = (text = "") => console.log(text);

/** Main-thread work per second of a page left alone after its first idle (medians) */
export interface AtRest {
  explorerMsPerS: number;
  bareMsPerS: number;
}

export function printAtRest(rest: AtRest, loads: number): void {
  out(`\nAt rest (from 1 s after the first idle, 5 s, nothing touched; medians of ${loads} loads of each page): main thread busy ${rest.explorerMsPerS.toFixed(1)} ms/s explorer, ${rest.bareMsPerS.toFixed(1)} ms/s bare MapLibre`);
}

export function printLoads(runs: readonly LoadRun[], summary: LoadSummary): void {
  const { explorer: e, bare: b, ratios: r } = summary;
  out(`\nLoad, headless Chromium on SwiftShader, fresh browser per load, interleaved explorer/bare, ${e.runs} + ${b.runs} runs (medians)`);
  out("main thread: busy = CDP TaskDuration (incl. waits on the GPU process), script = ScriptDuration, CPU = ThreadTime");
  const row = (what: string, explorer: number | null, bare: number | null, rat: number) => [what, ms(explorer), ms(bare), times(rat)];
  out(
    table(
      [{ title: "ms" }, { title: "explorer", align: "right" }, { title: "bare MapLibre", align: "right" }, { title: "ratio", align: "right" }],
      [
        row("navigation → map idle", e.idleMs, b.idleMs, r.idleOverBareIdle),
        row("navigation → first arcs", e.firstArcsMs, null, Number.NaN),
        row("main thread busy until ready", e.mainThread.busyMs, b.mainThread.busyMs, r.mainThreadBusy),
        row("  of which script", e.mainThread.scriptMs, b.mainThread.scriptMs, r.script),
        row("main thread CPU until ready", e.mainThread.cpuMs, b.mainThread.cpuMs, r.mainThreadCpu),
      ],
    ),
  );
  const list = (page: string, pick: (run: LoadRun) => number | null) =>
    runs
      .filter((run) => run.page === page)
      .map((run) => ms(pick(run)))
      .join(", ");
  out(`runs, explorer first arcs: ${list("explorer", (x) => x.firstArcsMs)}; explorer idle: ${list("explorer", (x) => x.idleMs)}`);
  out(`runs, bare idle: ${list("bare", (x) => x.idleMs)}; busy explorer: ${list("explorer", (x) => x.mainThread.busyMs)}; busy bare: ${list("bare", (x) => x.mainThread.busyMs)}`);
  out(`explorer first arcs ÷ bare idle: ${againstGoal(r.firstArcsOverBareIdle, GOALS.firstArcsOverBareIdle)}`);
  out(`explorer main-thread busy ÷ bare: ${againstGoal(r.mainThreadBusy, GOALS.mainThreadOverBare)}`);
  const p = summary.pairedBusy;
  out(`  load by load (each explorer load ÷ the bare load after it): ${times(p.min)} to ${times(p.max)}, median ${times(p.median)}`);
  const v = summary.views;
  const camera = (c: LoadSummary["views"]["explorer"]) => (c ? `centre ${c.center.map((x) => x.toFixed(3)).join(", ")}, zoom ${c.zoom.toFixed(3)}` : "not recorded");
  out(
    v.same
      ? `same view on both pages, every load: ${camera(v.explorer)}`
      : `WARNING: the pages did not all draw the same view (explorer ${camera(v.explorer)}; bare ${camera(v.bare)}): the ratios compare unlike maps`,
  );
}

/** The traced split of main-thread work, explorer beside bare page, with what the explorer adds. */
export function printSplit(split: { explorer: MainThreadSplit | null; bare: MainThreadSplit | null }, loads: number): void {
  const { explorer: e, bare: b } = split;
  out(`\nWhere the main thread's time goes until ready: medians of ${loads} traced loads of each page (tracing slows a load: read the split, not the totals)`);
  if (!e || !b) {
    out(`not measured (${!e ? "explorer" : "bare page"}: no trace of its main thread or ready mark)`);
    return;
  }
  const row = (what: string, pick: (s: MainThreadSplit) => number) => [what, ms(pick(e)), ms(pick(b)), `${pick(e) - pick(b) >= 0 ? "+" : ""}${(pick(e) - pick(b)).toFixed(0)}`];
  out(
    table(
      [{ title: "ms" }, { title: "explorer", align: "right" }, { title: "bare MapLibre", align: "right" }, { title: "explorer adds", align: "right" }],
      [
        row("all main-thread tasks", (s) => s.totalMs),
        row("  GPU waits (frame read-back, program links)", (s) => s.gpuWaitMs),
        row("  animation frames' script (map and arcs drawing)", (s) => s.frameScriptMs),
        row("  worker results (tiles, glyphs)", (s) => s.workerResultsMs),
        row("  style and layout of the page", (s) => s.styleLayoutMs),
        row("  other script (app, React, data), parsing, events", (s) => s.otherMs),
        row("of all: before the map's first frame", (s) => s.beforeFirstFrameMs),
      ],
    ),
  );
}

export function printSizes(label: string, all: readonly FileSize[], view: FirstView | null): void {
  out(`\n${label}: code files, and whether the first view requested them (gzip -9 / brotli -q 11, node:zlib)`);
  const shown = new Set(view?.files.map((f) => f.file));
  const code = all.filter((f) => /\.(?:m?js|css|html)$/.test(f.file));
  out(
    table(
      [{ title: "file" }, { title: "raw kB", align: "right" }, { title: "gzip kB", align: "right" }, { title: "br kB", align: "right" }, { title: "first view" }],
      code.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli), shown.has(f.file) ? "yes" : ""]),
    ),
  );
  if (!view) {
    out("first view: not measured (loads skipped)");
    return;
  }
  out(`first view, code: ${kb(view.code.raw)} kB raw, ${kb(view.code.gzip)} kB gzip, ${kb(view.code.brotli)} kB brotli`);
  out(`first view, data: ${kb(view.data.raw)} kB raw, ${kb(view.data.gzip)} kB gzip, ${kb(view.data.brotli)} kB brotli`);
  const encodings = Object.entries(view.encodings)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  out(`as served by vite preview: ${kb(view.servedBytes)} kB over ${view.files.length} files (${encodings})`);
}

export function printFirstViewComparison(explorer: FirstView, bare: FirstView): void {
  out(`first view code, explorer ÷ bare: gzip ${times(explorer.code.gzip / bare.code.gzip)}, brotli ${times(explorer.code.brotli / bare.code.brotli)}`);
  out(`explorer first view code, gzip, against the ${GOALS.firstViewCodeGzipKb} kB budget: ${againstGoal(explorer.code.gzip / 1024 / GOALS.firstViewCodeGzipKb, 1)}`);
}

const mb1 = (bytes: number) => fixed(bytes / 1024 / 1024, 1);
const p = (s: { p50: number; p95: number }) => `${fixed(s.p50, 2)} / ${fixed(s.p95, 2)}`;

export function printSteps(steps: readonly StepSummary[], failures: readonly StepFailure[]): void {
  const ours = steps.filter((s) => s.library === "ours");
  out("\nOne month step, CPU ms: our layer building + deck.gl layer and attribute update, timed apart from drawing (SwiftShader)");
  out(`(${ours[0]?.steps ?? 0} steps after 10 warm-up steps; timer steps ${[...new Set(steps.map((s) => `${s.timerResolutionUs} µs`))].join(", ") || "—"})`);
  out(
    table(
      [
        { title: "data set" },
        { title: "flows", align: "right" },
        { title: "steps", align: "right" },
        { title: "ours p50/p95", align: "right" },
        { title: "deck p50/p95", align: "right" },
        { title: "attr mean", align: "right" },
        { title: "CPU p50/p95", align: "right" },
        { title: "CPU mean", align: "right" },
        { title: "p95 ÷ 8 ms", align: "right" },
        { title: "draw 1 frame", align: "right" },
      ],
      ours.map((s) => [s.dataset, count(s.flows), String(s.steps), p(s.oursMs), p(s.deckUpdateMs), fixed(s.updateAttributesMs.mean, 2), p(s.cpuMs), fixed(s.cpuMs.mean, 2), times(s.cpuMs.p95 / GOALS.stepP95MsAt1M), s.drawn ? ms(s.drawMs) : "not drawn"]),
    ),
  );
  out("\nBuilding and memory (heap sampled after a forced GC, once the layers are built and uploaded; peak RSS over the page's life)");
  out(
    table(
      [
        { title: "data set" },
        { title: "frames ms", align: "right" },
        { title: "pack ms", align: "right" },
        { title: "typed arrays MB (frames+packed)", align: "right" },
        { title: "JS heap MB", align: "right" },
        { title: "array buffers MB", align: "right" },
        { title: "peak RSS renderer MB", align: "right" },
        { title: "GPU proc MB", align: "right" },
        { title: "1st arcs ms", align: "right" },
      ],
      ours.map((s) => [
        s.dataset,
        ms(s.framesMs),
        ms(s.packMs),
        `${mb1(s.typedArrayBytes.frames + s.typedArrayBytes.packed)} (${mb1(s.typedArrayBytes.frames)} + ${mb1(s.typedArrayBytes.packed)})`,
        mb(s.memory?.heapUsed),
        mb(s.memory?.backingStore),
        mb(s.peak.renderer?.peakRss),
        mb(s.peak.gpu?.peakRss),
        s.drawn ? ms(s.firstArcsMs) : "not drawn",
      ]),
    ),
  );
  out(`frames: ${[...new Set(ours.map((s) => s.framesBy))].join("; ")}`);
  const million = ours.find((s) => s.flows >= 1_000_000);
  if (million) out(`p95 CPU per step at ${count(million.flows)} flows: ${fixed(million.cpuMs.p95, 2)} ms → ${againstGoal(million.cpuMs.p95 / GOALS.stepP95MsAt1M, 1)} of the ${GOALS.stepP95MsAt1M} ms goal`);
  for (const f of failures) out(`FAILED: ${f.library} ${f.variant} on ${f.dataset}: ${f.error.split("\n")[0]}`);
}

export function printFlowmap(flowmap: readonly StepSummary[], ours: StepSummary | undefined): void {
  if (flowmap.length === 0) return;
  out("\nflowmap.gl FlowmapLayer (9.4) on the same synthetic flows, same months, page and deck.gl; clustering off, every flow shown");
  out(
    table(
      [
        { title: "how months step" },
        { title: "flows", align: "right" },
        { title: "steps", align: "right" },
        { title: "CPU p50/p95", align: "right" },
        { title: "CPU mean", align: "right" },
        { title: "ours ÷ flowmap p50", align: "right" },
        { title: "p95", align: "right" },
        { title: "mean", align: "right" },
        { title: "data prep ms", align: "right" },
        { title: "JS heap MB", align: "right" },
      ],
      flowmap.map((s) => {
        const r = ours ? stepRatio(ours, s) : { p50: Number.NaN, p95: Number.NaN, mean: Number.NaN };
        return [s.variant, count(s.flows), String(s.steps), p(s.cpuMs), fixed(s.cpuMs.mean, 1), times(r.p50, 4), times(r.p95, 4), times(r.mean, 4), ms(s.packMs), mb(s.memory?.heapUsed)];
      }),
    ),
  );
  if (!ours) {
    out(`(no step figures of ours at ${count(flowmap[0]?.flows ?? 0)} flows to compare with)`);
    return;
  }
  out(`ours on the same ${count(ours.flows)} flows: CPU p50 / p95 ${p(ours.cpuMs)} ms, mean ${fixed(ours.cpuMs.mean, 2)} ms`);
  for (const s of flowmap) out(`${s.variant}: a step of ours takes ${fixed(stepRatio(ours, s).p50 * 100, 2)} % of flowmap.gl's (p50), i.e. flowmap.gl is ${fixed(s.cpuMs.p50 / ours.cpuMs.p50, 0)}× slower`);
}

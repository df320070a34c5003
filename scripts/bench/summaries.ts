import type { StepPageResult } from "../../bench/page/result-types";
import { firstViewFiles, isCode, total, type FileSize, type Sizes } from "./bundle-sizes";
import { sameView, type MapCamera } from "./bare-params";
import type { LoadPage, LoadRun, MainThreadWork } from "./load-bench";
import type { ProcMemory } from "./proc-status";
import { median, ratio, summarize, type Summary } from "./stats";
import type { MemorySample } from "./step-bench";

/** The goals the figures are reported against. */
export const GOALS = {
  /** explorer first arcs ÷ bare MapLibre idle */
  firstArcsOverBareIdle: 1.1,
  /** explorer main-thread busy time ÷ bare MapLibre's, until ready */
  mainThreadOverBare: 1.5,
  /** p95 CPU of one month step at 1,000,000 flows */
  stepP95MsAt1M: 8,
  /** code the first view loads, gzip */
  firstViewCodeGzipKb: 700,
} as const;

type Work = Record<keyof MainThreadWork, number>;

export interface PageLoadSummary {
  runs: number;
  idleMs: number;
  firstArcsMs: number | null;
  mainThread: Work;
}

export interface LoadSummary {
  explorer: PageLoadSummary;
  bare: PageLoadSummary;
  ratios: { firstArcsOverBareIdle: number; idleOverBareIdle: number; mainThreadBusy: number; mainThreadCpu: number; script: number };
  /** Main-thread busy ÷ bare load by load (each explorer load with the bare load after it): how far one run's ratio can fall from another's */
  pairedBusy: { min: number; median: number; max: number };
  /** The camera of the first explorer load and of the first bare load; `same` only if every load of both pages looked at the first explorer load's view */
  views: { explorer: MapCamera | null; bare: MapCamera | null; same: boolean };
}

/** Whether every load, of either page, drew the view the first explorer load drew: the ratios compare like with like only then. */
export function loadViews(runs: readonly LoadRun[]): LoadSummary["views"] {
  const explorer = runs.find((r) => r.page === "explorer")?.camera ?? null;
  const bare = runs.find((r) => r.page === "bare")?.camera ?? null;
  return { explorer, bare, same: explorer !== null && runs.every((r) => sameView(r.camera, explorer)) };
}

/** Each explorer load's busy time over that of the bare load that followed it. */
export function pairedBusyRatios(runs: readonly LoadRun[]): number[] {
  const out: number[] = [];
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (run.page === "explorer" && next?.page === "bare") out.push(ratio(run.mainThread.busyMs, next.mainThread.busyMs));
  });
  return out.filter(Number.isFinite);
}

function summarizePage(runs: readonly LoadRun[], page: LoadPage): PageLoadSummary {
  const mine = runs.filter((r) => r.page === page);
  const arcs = mine.map((r) => r.firstArcsMs).filter((v): v is number => v !== null);
  const work = (key: keyof MainThreadWork) => median(mine.map((r) => r.mainThread[key]));
  return {
    runs: mine.length,
    idleMs: median(mine.map((r) => r.idleMs)),
    firstArcsMs: arcs.length ? median(arcs) : null,
    mainThread: { busyMs: work("busyMs"), scriptMs: work("scriptMs"), cpuMs: work("cpuMs"), layoutMs: work("layoutMs"), styleMs: work("styleMs") },
  };
}

/** Medians per page and the ratios the goals are about (ratios of medians). */
export function summarizeLoads(runs: readonly LoadRun[]): LoadSummary {
  const explorer = summarizePage(runs, "explorer");
  const bare = summarizePage(runs, "bare");
  const paired = pairedBusyRatios(runs);
  return {
    explorer,
    bare,
    views: loadViews(runs),
    pairedBusy: { min: paired.length ? Math.min(...paired) : Number.NaN, median: median(paired), max: paired.length ? Math.max(...paired) : Number.NaN },
    ratios: {
      firstArcsOverBareIdle: ratio(explorer.firstArcsMs, bare.idleMs),
      idleOverBareIdle: ratio(explorer.idleMs, bare.idleMs),
      mainThreadBusy: ratio(explorer.mainThread.busyMs, bare.mainThread.busyMs),
      mainThreadCpu: ratio(explorer.mainThread.cpuMs, bare.mainThread.cpuMs),
      script: ratio(explorer.mainThread.scriptMs, bare.mainThread.scriptMs),
    },
  };
}

export interface FirstView {
  files: FileSize[];
  code: Sizes;
  data: Sizes;
  /** Encoded bytes as actually served (Content-Length of the responses), median over runs */
  servedBytes: number;
  /** How the responses were encoded, e.g. { br: 14, identity: 1 } (first run) */
  encodings: Record<string, number>;
}

/** What a page's first view fetched (union over its runs), sized from the built files. */
export function firstView(runs: readonly LoadRun[], page: LoadPage, sizes: readonly FileSize[]): FirstView {
  const mine = runs.filter((r) => r.page === page);
  const files = firstViewFiles(sizes, mine.flatMap((r) => r.requests.map((q) => q.path)));
  const served = mine.map((r) => r.requests.reduce((sum, q) => sum + (q.bytes ?? 0), 0));
  const encodings: Record<string, number> = {};
  for (const q of mine[0]?.requests ?? []) encodings[q.encoding ?? "identity"] = (encodings[q.encoding ?? "identity"] ?? 0) + 1;
  return { files, code: total(files.filter(isCode)), data: total(files.filter((f) => !isCode(f))), servedBytes: median(served), encodings };
}

export interface StepSummary {
  library: StepPageResult["library"];
  variant: string;
  dataset: string;
  flows: number;
  months: number;
  steps: number;
  oursMs: Summary;
  deckUpdateMs: Summary;
  updateAttributesMs: Summary;
  /** ours + deck: the whole CPU cost of a step */
  cpuMs: Summary;
  framesMs: number;
  framesBy: string;
  packMs: number;
  typedArrayBytes: { frames: number; packed: number };
  /** After the layers are built and uploaded: everything the page holds while stepping */
  memory: MemorySample | null;
  /** Every sample, phase by phase (start, frames, packed, layers, steps) */
  memoryByPhase: MemorySample[];
  peak: { renderer: ProcMemory | null; gpu: ProcMemory | null };
  drawn: boolean;
  firstArcsMs: number;
  drawMs: number;
  /** Steps of performance.now() in the page: 5 µs when cross-origin isolated, else 100 µs */
  timerResolutionUs: number;
}

export function summarizeSteps(result: StepPageResult, memory: readonly MemorySample[], peak: StepSummary["peak"]): StepSummary {
  const t = result.timings;
  return {
    library: result.library,
    variant: result.variant,
    dataset: result.dataset,
    flows: result.flows,
    months: result.months,
    steps: t.length,
    oursMs: summarize(t.map((s) => s.oursMs)),
    deckUpdateMs: summarize(t.map((s) => s.deckUpdateMs)),
    updateAttributesMs: summarize(t.map((s) => s.updateAttributesMs)),
    cpuMs: summarize(t.map((s) => s.oursMs + s.deckUpdateMs)),
    framesMs: result.framesMs,
    framesBy: result.framesBy,
    packMs: result.packMs,
    typedArrayBytes: result.typedArrayBytes,
    memory: memory.find((m) => m.phase === "layers") ?? memory[memory.length - 1] ?? null,
    memoryByPhase: [...memory],
    peak,
    drawn: result.drawn,
    firstArcsMs: result.firstArcsMs,
    drawMs: result.drawMs,
    timerResolutionUs: result.crossOriginIsolated ? 5 : 100,
  };
}

/** Our step time as a fraction of flowmap.gl's on the same flows: below 1 means ours is faster. */
export function stepRatio(ours: StepSummary, theirs: StepSummary): { p50: number; p95: number; mean: number } {
  return { p50: ratio(ours.cpuMs.p50, theirs.cpuMs.p50), p95: ratio(ours.cpuMs.p95, theirs.cpuMs.p95), mean: ratio(ours.cpuMs.mean, theirs.cpuMs.mean) };
}

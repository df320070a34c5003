import { describe, expect, it } from "vitest";
import type { StepPageResult } from "../../bench/page/result-types";
import type { LoadRun } from "./load-bench";
import { firstView, loadViews, stepRatio, summarizeLoads, summarizeSteps } from "./summaries";

const work = (busyMs: number) => ({ busyMs, scriptMs: busyMs / 2, cpuMs: busyMs / 10, layoutMs: 1, styleMs: 1 });

const OPENING = { center: [48.806977, 46.123903] as [number, number], zoom: 2.732251 };

function load(page: LoadRun["page"], idleMs: number, firstArcsMs: number | null, busyMs: number, paths: string[] = [], camera: LoadRun["camera"] = OPENING): LoadRun {
  return {
    page,
    idleMs,
    firstArcsMs,
    readyMs: Math.max(idleMs, firstArcsMs ?? 0),
    mainThread: work(busyMs),
    requests: paths.map((path) => ({ path, status: 200, encoding: path.endsWith(".html") || path === "/" ? null : "br", bytes: 10 })),
    mapSize: { width: 940, height: 668 },
    camera,
  };
}

describe("summarizeLoads", () => {
  const runs = [
    load("explorer", 3000, 1500, 2800),
    load("bare", 900, null, 800),
    load("explorer", 3200, 1700, 3000),
    load("bare", 1000, null, 1000),
    load("explorer", 2900, 1600, 2600),
    load("bare", 950, null, 900),
  ];

  it("takes medians per page and ratios of the medians", () => {
    const s = summarizeLoads(runs);
    expect(s.explorer).toMatchObject({ runs: 3, idleMs: 3000, firstArcsMs: 1600 });
    expect(s.bare).toMatchObject({ runs: 3, idleMs: 950, firstArcsMs: null });
    expect(s.explorer.mainThread.busyMs).toBe(2800);
    expect(s.ratios.firstArcsOverBareIdle).toBeCloseTo(1600 / 950);
    expect(s.ratios.mainThreadBusy).toBeCloseTo(2800 / 900);
    expect(s.ratios.mainThreadCpu).toBeCloseTo(280 / 90);
  });

  it("pairs each explorer load with the bare load after it, for the spread of one run's ratio", () => {
    const s = summarizeLoads(runs);
    expect(s.pairedBusy.min).toBeCloseTo(2600 / 900);
    expect(s.pairedBusy.median).toBeCloseTo(3000 / 1000);
    expect(s.pairedBusy.max).toBeCloseTo(2800 / 800);
  });

  it("has no ratio for a page that was not loaded", () => {
    expect(summarizeLoads(runs.filter((r) => r.page === "explorer")).ratios.mainThreadBusy).toBeNaN();
  });
});

describe("loadViews", () => {
  it("says both pages drew the same view when every load recorded the first explorer load's camera", () => {
    const runs = [load("explorer", 1, 1, 1), load("bare", 1, null, 1), load("explorer", 1, 1, 1), load("bare", 1, null, 1)];
    expect(loadViews(runs)).toEqual({ explorer: OPENING, bare: OPENING, same: true });
  });

  it("says not when one bare load looked elsewhere, or a page recorded no camera", () => {
    const elsewhere = { center: [50.5, 46.707498] as [number, number], zoom: 2.860575 };
    expect(loadViews([load("explorer", 1, 1, 1), load("bare", 1, null, 1), load("explorer", 1, 1, 1), load("bare", 1, null, 1, [], elsewhere)]).same).toBe(false);
    expect(loadViews([load("explorer", 1, 1, 1), load("bare", 1, null, 1, [], null)])).toEqual({ explorer: OPENING, bare: null, same: false });
    expect(loadViews([load("explorer", 1, 1, 1, [], null), load("bare", 1, null, 1, [], null)]).same).toBe(false);
  });
});

describe("firstView", () => {
  it("sizes the union of what the page's runs fetched, and what was served", () => {
    const sizes = [
      { file: "index.html", raw: 10, gzip: 6, brotli: 5 },
      { file: "assets/a.js", raw: 100, gzip: 40, brotli: 30 },
      { file: "assets/b.js", raw: 100, gzip: 40, brotli: 30 },
      { file: "basemap/c.geojson", raw: 50, gzip: 20, brotli: 15 },
    ];
    const runs = [load("explorer", 1, 1, 1, ["/", "/assets/a.js"]), load("explorer", 1, 1, 1, ["/", "/assets/a.js", "/basemap/c.geojson"]), load("bare", 1, null, 1, ["/assets/b.js"])];
    const view = firstView(runs, "explorer", sizes);
    expect(view.files.map((f) => f.file)).toEqual(["index.html", "assets/a.js", "basemap/c.geojson"]);
    expect(view.code).toEqual({ raw: 110, gzip: 46, brotli: 35 });
    expect(view.data).toEqual({ raw: 50, gzip: 20, brotli: 15 });
    expect(view.servedBytes).toBe(25);
    expect(view.encodings).toEqual({ identity: 1, br: 1 });
  });
});

function stepResult(cpu: number[]): StepPageResult {
  return {
    library: "ours",
    variant: "month slices",
    dataset: "100000",
    flows: 100_000,
    months: 48,
    framesMs: 140,
    framesBy: "syntheticFrames",
    packMs: 120,
    typedArrayBytes: { frames: 1, packed: 2 },
    drawn: false,
    firstArcsMs: -1,
    drawMs: -1,
    timings: cpu.map((c) => ({ oursMs: c / 4, deckUpdateMs: (3 * c) / 4, updateAttributesMs: c / 2 })),
    crossOriginIsolated: true,
  };
}

describe("summarizeSteps", () => {
  it("sums ours and deck.gl's time into the CPU of a step and keeps the memory once layers are built", () => {
    const memory = [
      { phase: "frames" as const, heapUsed: 1, backingStore: 2, embedderHeap: 3 },
      { phase: "layers" as const, heapUsed: 10, backingStore: 20, embedderHeap: 30 },
      { phase: "steps" as const, heapUsed: 11, backingStore: 21, embedderHeap: 31 },
    ];
    const s = summarizeSteps(stepResult([4, 8, 2, 6]), memory, { renderer: null, gpu: null });
    expect(s.cpuMs).toEqual({ mean: 5, p50: 4, p95: 8, max: 8 });
    expect(s.oursMs.p50).toBe(1);
    expect(s.memory?.phase).toBe("layers");
    expect(s.timerResolutionUs).toBe(5);
    expect(s.steps).toBe(4);
  });
});

describe("stepRatio", () => {
  it("is our CPU per step over flowmap.gl's", () => {
    const ours = summarizeSteps(stepResult([1, 1, 1, 1]), [], { renderer: null, gpu: null });
    const theirs = summarizeSteps(stepResult([200, 200, 400, 200]), [], { renderer: null, gpu: null });
    const r = stepRatio(ours, theirs);
    expect(r.p50).toBeCloseTo(1 / 200);
    expect(r.p95).toBeCloseTo(1 / 400);
    expect(r.mean).toBeCloseTo(1 / 250);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CompiledPackage } from "../data/model";
import { monthIndex } from "../data/month";
import { cell } from "../data/testing/cell-fixture";
import { advancePlayback, dataLoaded, markFirstViewDrawn, markFirstViewDrawnSoon, resetExplorer, setMetric, setMonth, showSeries, stepMonth, togglePlaying } from "./actions";
import { useExplorerStore } from "./store";

const JAN = monthIndex(2023, 1);
const series = (key: string, metric: string, months: number[]) => ({
  key, metric, origin: "a", destination: "world", direction: "both", unit: "CNY", routes: [], unplaced: [], values: months.map((m) => cell(m, 10)),
});
const data = {
  dataset: {
    format: "trade-corridors/1", id: "t", title: { en: "T" }, defaultMetric: "trade_value", units: [], kinds: { place: [], zone: [], route: [] },
    metrics: [{ id: "trade_value", label: { en: "Trade" }, unit: "CNY", kind: "flow" }, { id: "trains", label: { en: "Trains" }, unit: "trains", kind: "flow" }],
  },
  sources: [],
  places: [{ id: "a", nameEn: "A", names: {}, altNames: [], kind: "port", country: "CHN", modes: [], coordinates: [80, 44], coordSources: [], sources: [] }],
  zones: [],
  routes: [],
  figures: [],
  series: [series("trade", "trade_value", [JAN, JAN + 1, JAN + 2]), series("trains", "trains", [JAN + 1])],
  checks: [],
  conflicts: [],
  monthRange: [JAN, JAN + 2],
  timeline: [JAN, JAN + 2],
} as unknown as CompiledPackage;

const state = () => useExplorerStore.getState();

beforeEach(() => {
  resetExplorer();
  dataLoaded(data);
});

describe("month actions", () => {
  it("opens on the latest month with data for the default metric", () => {
    expect(state().month).toBe(JAN + 2);
  });

  it("clamps a month outside the data to its first or last month", () => {
    setMonth(JAN - 5);
    expect(state().month).toBe(JAN);
    setMonth(JAN + 99);
    expect(state().month).toBe(JAN + 2);
  });

  it("steps one month at a time, remembers the month it left, and stops at the ends", () => {
    setMonth(JAN);
    stepMonth(1);
    expect(state()).toMatchObject({ month: JAN + 1, previousMonth: JAN });
    stepMonth(-5);
    expect(state().month).toBe(JAN);
  });

  it("loops playback from the last month back to the first", () => {
    setMonth(JAN + 2);
    advancePlayback();
    expect(state().month).toBe(JAN);
  });

  it("restarts from the first month when play is pressed at the last", () => {
    setMonth(JAN + 2);
    togglePlaying();
    expect(state()).toMatchObject({ playing: true, month: JAN });
  });
});

describe("setMetric", () => {
  it("ignores a metric the package does not have", () => {
    setMetric("made_up");
    expect(state().metric).toBe("trade_value");
  });

  it("moves to the new metric's latest month with data, and says so, instead of showing an empty map", () => {
    setMonth(JAN + 2);
    setMetric("trains");
    expect(state()).toMatchObject({ metric: "trains", month: JAN + 1, notice: { kind: "moved-to-data", from: JAN + 2, to: JAN + 1 } });
  });

  it("keeps the month when the new metric has data there", () => {
    setMonth(JAN + 1);
    setMetric("trains");
    expect(state()).toMatchObject({ metric: "trains", month: JAN + 1, notice: null });
  });
});

describe("showSeries", () => {
  it("switches to the series' metric, a month it has, and pins it", () => {
    setMonth(JAN + 2);
    showSeries("trains");
    expect(state()).toMatchObject({ metric: "trains", month: JAN + 1, pinned: { type: "flow", id: "trains" } });
  });
});

describe("the opening view", () => {
  beforeEach(() => resetExplorer());

  it("is not drawn until the map says so", () => {
    expect(state().firstViewDrawn).toBe(false);
    markFirstViewDrawn();
    expect(state().firstViewDrawn).toBe(true);
  });

  it("is marked drawn once the browser has a moment, not within the map's idle event", () => {
    vi.useFakeTimers();
    try {
      markFirstViewDrawnSoon();
      expect(state().firstViewDrawn).toBe(false);
      vi.runAllTimers();
      expect(state().firstViewDrawn).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

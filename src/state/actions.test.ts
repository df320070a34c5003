import { beforeEach, describe, expect, it } from "vitest";
import type { CompiledPackage } from "../data/model";
import { monthIndex } from "../data/month";
import { advancePlayback, dataLoaded, resetExplorer, setMetric, setMonth, stepMonth, togglePlaying } from "./actions";
import { useExplorerStore } from "./store";

const JAN = monthIndex(2023, 1);
const data = {
  dataset: { format: "trade-corridors/1", id: "t", title: { en: "T" }, defaultMetric: "trade_value", metrics: [{ id: "trade_value", label: { en: "Trade" }, unit: "CNY" }] },
  sources: [],
  places: [],
  zones: [],
  routes: [],
  figures: [],
  series: [],
  checks: [],
  monthRange: [JAN, JAN + 2],
  timeline: [JAN, JAN + 2],
} as unknown as CompiledPackage;

const state = () => useExplorerStore.getState();

beforeEach(() => {
  resetExplorer();
  dataLoaded(data);
});

describe("month actions", () => {
  it("opens on a month inside the timeline", () => {
    expect(state().month).toBeGreaterThanOrEqual(JAN);
    expect(state().month).toBeLessThanOrEqual(JAN + 2);
  });

  it("clamps a month outside the data to its first or last month", () => {
    setMonth(JAN - 5);
    expect(state().month).toBe(JAN);
    setMonth(JAN + 99);
    expect(state().month).toBe(JAN + 2);
  });

  it("steps one month at a time and stops at the ends", () => {
    setMonth(JAN);
    stepMonth(1);
    expect(state().month).toBe(JAN + 1);
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
});

import { describe, expect, it } from "vitest";
import type { CompiledPackage, Series } from "../../data/model";
import { cell } from "../../data/testing/cell-fixture";
import { chartSeries, seriesOfPlace } from "./series-for";

const series = (key: string, extra: Partial<Series>): Series => ({
  key,
  metric: "trade_value",
  origin: "xinjiang",
  destination: "world",
  direction: "both",
  unit: "CNY",
  routes: [],
  values: [],
  unplaced: [],
  ...extra,
});
const month = (m: number) => cell(m, 1);

const data = {
  dataset: { metrics: [] },
  places: [],
  sources: [],
  figures: [],
  routes: [],
  zones: [],
  series: [
    series("company", { subject: "A company", values: [month(1), month(2), month(3)] }),
    series("headline", { values: [month(1), month(2)] }),
    series("kz", { destination: "kazakhstan", values: [month(1)] }),
    series("trains", { metric: "trains", values: [month(1), month(2), month(3), month(4)] }),
  ],
} as unknown as CompiledPackage;

describe("chartSeries", () => {
  it("shows the metric's official headline series when nothing is pinned, even if a company series is longer", () => {
    expect(chartSeries(data, "trade_value", null)?.key).toBe("headline");
  });

  it("shows a pinned flow's own series", () => {
    expect(chartSeries(data, "trade_value", { type: "flow", id: "kz" })?.key).toBe("kz");
  });

  it("ignores a pinned flow of another metric", () => {
    expect(chartSeries(data, "trains", { type: "flow", id: "kz" })?.key).toBe("trains");
  });

  it("shows a pinned place's main series of the metric", () => {
    expect(chartSeries(data, "trade_value", { type: "place", id: "kazakhstan" })?.key).toBe("kz");
  });

  it("shows the series the package names as the metric's headline", () => {
    const named = { ...data, dataset: { metrics: [{ id: "trade_value", headline: { origin: "xinjiang", destination: "kazakhstan" } }] } } as unknown as CompiledPackage;
    expect(chartSeries(named, "trade_value", null)?.key).toBe("kz");
  });
});

describe("seriesOfPlace", () => {
  it("lists official series before company ones", () => {
    expect(seriesOfPlace(data, "xinjiang", "trade_value").map((s) => s.key)).toEqual(["headline", "kz", "company"]);
  });
});

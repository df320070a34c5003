import { describe, expect, it } from "vitest";
import type { Place, Series } from "../model";
import { cell } from "../testing/cell-fixture";
import { monthIndex } from "../month";
import { buildFrames, monthSlice } from "./build-frames";
import { METHOD_CODE } from "./method-codes";

const point = (id: string, kind: Place["kind"], coordinates: [number, number], extra: Partial<Place> = {}): Place => ({
  id,
  nameEn: id,
  altNames: [],
  kind,
  country: "CHN",
  modes: [],
  coordinates,
  coordSources: [],
  sources: [],
  ...extra,
});
const places: Place[] = [
  point("xinjiang", "region", [87.6, 43.8]),
  point("kazakhstan", "country", [71.4, 51.2], { country: "KAZ" }),
  point("horgos", "port", [80.4, 44.2], { across: "KAZ", modes: ["road", "rail"] }),
  { ...point("world", "group", [0, 0]), coordinates: null, members: ["*"] },
];
const JAN = monthIndex(2023, 1);
const series = (key: string, extra: Partial<Series>): Series => ({
  key, metric: "trade_value", origin: "xinjiang", destination: "kazakhstan", direction: "both", unit: "CNY", values: [], unplaced: [], ...extra,
});

const data = {
  places,
  timeline: [JAN, JAN + 2] as [number, number],
  series: [
    series("xj-kz", { values: [cell(JAN, 10), cell(JAN + 2, 30, "derived")] }),
    series("xj-world", { destination: "world", values: [cell(JAN, 50, "spread"), cell(JAN + 1, 60, "spread")] }),
    series("horgos-world", { origin: "horgos", destination: "world", metric: "vehicle_exports", unit: "vehicles", direction: "export", values: [cell(JAN + 1, 5)] }),
    series("company", { subject: "A firm", values: [cell(JAN, 99), cell(JAN + 1, 99), cell(JAN + 2, 99)] }),
  ],
};

describe("buildFrames", () => {
  const frames = buildFrames(data);

  it("covers every month of the timeline", () => {
    expect(frames.months).toEqual([JAN, JAN + 1, JAN + 2]);
  });

  it("lays out values month-major, with gaps as NaN", () => {
    const kz = frames.flows.get("trade_value");
    expect(kz?.items.map((f) => f.seriesKey)).toEqual(["xj-kz"]);
    expect(Array.from(monthSlice(kz?.values ?? new Float32Array(), 0, 1))).toEqual([10]);
    expect(Number.isNaN(kz?.values[1])).toBe(true);
    expect(kz?.methods[2]).toBe(METHOD_CODE.derived);
    expect(kz?.methods[1]).toBe(METHOD_CODE.gap);
  });

  it("locks the maximum to the whole time range", () => {
    expect(frames.flows.get("trade_value")?.maxValue).toBe(30);
  });

  it("prefers the official series when a company's series would be drawn on the same arc", () => {
    expect(frames.flows.get("trade_value")?.items).toHaveLength(1);
  });

  it("draws a region's total with all partners as a circle", () => {
    expect(frames.totals.get("trade_value")?.items.map((t) => t.place)).toEqual(["xinjiang"]);
  });

  it("draws a port's total towards the neighbouring country and says so", () => {
    const [flow] = frames.flows.get("vehicle_exports")?.items ?? [];
    expect(flow).toMatchObject({ origin: "horgos", drawnTo: "kazakhstan", toIsNeighbour: true, mode: "road", target: [71.4, 51.2] });
  });
});

import { describe, expect, it } from "vitest";
import type { CompiledPackage, Place, Route, Series } from "../model";
import { cell } from "../testing/cell-fixture";
import { monthIndex } from "../month";
import { buildFrames, monthSlice } from "./build-frames";
import { METHOD_CODE } from "./method-codes";

const point = (id: string, kind: Place["kind"], coordinates: [number, number], extra: Partial<Place> = {}): Place => ({
  id,
  nameEn: id,
  names: {}, altNames: [],
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
  point("urumqi", "city", [87.6, 43.8]),
  point("kazakhstan", "country", [71.4, 51.2], { country: "KAZ" }),
  point("almaty", "city", [76.9, 43.3], { country: "KAZ" }),
  point("horgos", "port", [80.4, 44.2], { across: "KAZ", modes: ["road", "rail"], counterpart: "khorgos" }),
  point("khorgos", "counterpart", [80.38, 44.22], { country: "KAZ" }),
  point("baktu", "port", [82.9, 46.7], { across: "KAZ", counterpart: "bakhty" }),
  point("bakhty", "counterpart", [82.7, 46.8], { country: "KAZ" }),
  { ...point("world", "group", [0, 0]), coordinates: null, members: ["*"] },
  point("central-asia", "group", [66, 43], { members: ["KAZ", "KGZ"], coordPrecision: "anchor" }),
];
const road: Route = {
  id: "road-horgos",
  nameEn: "Road through Horgos",
  mode: "road",
  via: ["urumqi", "horgos", "khorgos", "almaty"],
  path: "drawn",
  geometryPrecision: "schematic",
  status: "operating",
  sources: [],
  geometry: { type: "LineString", coordinates: [[87.6, 43.8], [80.4, 44.2], [80.38, 44.22], [76.9, 43.3]] },
};
const JAN = monthIndex(2023, 1);
const series = (key: string, extra: Partial<Series>): Series => ({
  key, metric: "trade_value", origin: "xinjiang", destination: "kazakhstan", direction: "both", unit: "CNY", routes: [], values: [], unplaced: [], ...extra,
});

const data = {
  dataset: { metrics: [{ id: "trade_value", label: { en: "Trade" }, unit: "CNY", kind: "flow" }, { id: "vehicle_exports", label: { en: "Vehicles" }, unit: "vehicles", kind: "flow", mode: "road" }] },
  places,
  routes: [road],
  timeline: [JAN, JAN + 2] as [number, number],
  series: [
    series("xj-kz", { values: [cell(JAN, 10), cell(JAN + 2, 30, "derived")] }),
    series("xj-world", { destination: "world", values: [cell(JAN, 50, "spread"), cell(JAN + 1, 60, "spread")] }),
    series("xj-ca", { destination: "central-asia", values: [cell(JAN, 40)] }),
    series("horgos-world", { origin: "horgos", destination: "world", metric: "vehicle_exports", unit: "vehicles", direction: "export", routes: ["road-horgos"], values: [cell(JAN + 1, 5)] }),
    series("baktu-world", { origin: "baktu", destination: "world", metric: "vehicle_exports", unit: "vehicles", direction: "export", values: [cell(JAN, 3)] }),
    series("company", { subject: "A firm", values: [cell(JAN, 99), cell(JAN + 1, 99), cell(JAN + 2, 99)] }),
    series("horgos-imports", { origin: "world", destination: "horgos", metric: "vehicle_exports", unit: "vehicles", direction: "import", routes: ["road-horgos"], values: [cell(JAN, 2)] }),
    series("negative", { destination: "almaty", values: [cell(JAN, -3, "derived", { negative: true })] }),
  ],
} as unknown as CompiledPackage;

describe("buildFrames", () => {
  const frames = buildFrames(data);
  const trade = frames.flows.get("trade_value");

  it("covers every month of the timeline", () => {
    expect(frames.months).toEqual([JAN, JAN + 1, JAN + 2]);
  });

  it("lays out values month-major, with gaps as NaN", () => {
    const kz = trade?.items.findIndex((f) => f.seriesKey === "xj-kz") ?? -1;
    const count = trade?.items.length ?? 0;
    expect(monthSlice(trade?.values ?? new Float32Array(), 0, count)[kz]).toBe(10);
    expect(Number.isNaN(trade?.values[count + kz])).toBe(true);
    expect(trade?.methods[2 * count + kz]).toBe(METHOD_CODE.derived);
    expect(trade?.methods[count + kz]).toBe(METHOD_CODE.gap);
  });

  it("locks the maximum to the whole time range", () => {
    expect(trade?.maxValue).toBe(40);
  });

  it("draws a flow to a group with an anchor as an arc to that anchor", () => {
    expect(trade?.items.find((f) => f.seriesKey === "xj-ca")?.target).toEqual([66, 43]);
  });

  it("draws a region's total with all partners as a circle", () => {
    expect(frames.totals.get("trade_value")?.items.map((t) => t.place)).toEqual(["xinjiang"]);
  });

  it("draws a port's figure along the route it names, outwards through the port, ending past the border", () => {
    const [corridor] = frames.corridors.get("vehicle_exports")?.items.filter((c) => c.seriesKey === "horgos-world") ?? [];
    expect(corridor).toMatchObject({ through: "horgos", routeId: "road-horgos", beyondCountry: "KAZ", mode: "road" });
    const path = corridor?.path ?? [];
    const [first, last] = [path[0], path[path.length - 1]];
    // It starts on the Chinese side, east of Horgos, and ends in Kazakhstan west of the border, short of Almaty.
    expect(first?.[0]).toBeGreaterThan(80.4);
    expect(last?.[0]).toBeLessThan(80.38);
    expect(last?.[0]).toBeGreaterThan(76.9);
  });

  it("draws a port's imports, entered with the partner as origin, along the route through the port too", () => {
    const imports = frames.corridors.get("vehicle_exports")?.items.find((c) => c.seriesKey === "horgos-imports");
    expect(imports).toMatchObject({ through: "horgos", routeId: "road-horgos", direction: "import" });
  });

  it("draws a port's figure without a route as a short stroke towards the country across", () => {
    const stub = frames.corridors.get("vehicle_exports")?.items.find((c) => c.seriesKey === "baktu-world");
    expect(stub).toMatchObject({ through: "baktu", beyondCountry: "KAZ" });
    expect(stub?.routeId).toBeUndefined();
    expect(stub?.path[1]).toEqual([82.9, 46.7]);
  });

  it("lists a series that shares its drawing with an official one, instead of dropping it", () => {
    expect(frames.listed.get("trade_value")?.items.find((l) => l.seriesKey === "company")?.reason).toEqual({ kind: "shares", with: "xj-kz" });
  });

  it("keeps a negative month off the map but marks it", () => {
    const arcs = frames.flows.get("trade_value");
    const i = arcs?.items.findIndex((f) => f.seriesKey === "negative") ?? -1;
    expect(Number.isNaN(arcs?.values[i])).toBe(true);
    expect(arcs?.methods[i]).toBe(METHOD_CODE.negative);
  });
});

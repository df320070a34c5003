import type { ArcLayer } from "@deck.gl/layers";
import { describe, expect, it } from "vitest";
import type { Frames } from "../../data/frames/build-frames";
import type { Route, Zone } from "../../data/model";
import { ARCS_LAYER_ID } from "./arcs-layer";
import { buildMapLayers, type MapLayerInputs } from "./build-map-layers";
import { packColors, packMetric } from "./pack-metric";
import { routeDash } from "./routes-layer";
import { APPROXIMATE_DASH, buildZonesLayer, drawnZones } from "./zones-layer";

const flow = (key: string) => ({
  seriesKey: key, metric: "m", origin: "a", destination: "b", drawnTo: "b", toIsNeighbour: false, direction: "both" as const, mode: "road" as const,
  source: [80, 44] as [number, number], target: [71, 51] as [number, number],
});
const frames: Frames = {
  months: [0, 1],
  flows: new Map([["m", { items: [flow("f1"), flow("f2")], values: new Float32Array([10, Number.NaN, 5, 20]), methods: new Uint8Array([1, 0, 2, 1]), maxValue: 20 }]]),
  totals: new Map(),
};
const packed = packMetric(frames, "m");
const colors = packColors(packed, "light", "direction");
const inputs = (monthOffset: number): MapLayerInputs => ({
  packed, colors, monthOffset, zones: [], routes: [], places: [], theme: "light",
  visible: { zones: true, routes: true, places: true, flows: true }, pinned: null,
});
type BinaryData = { length: number; attributes: Record<string, { value: ArrayLike<number> }> };
const arcData = (layers: ReturnType<typeof buildMapLayers>) => (layers.find((l) => l.id === ARCS_LAYER_ID) as ArcLayer | undefined)?.props.data as unknown as BinaryData;

describe("buildMapLayers", () => {
  it("stacks zones, routes, arcs and places bottom to top", () => {
    expect(buildMapLayers(inputs(0)).map((l) => l.id)).toEqual(["zones", "routes", "flow-arcs", "places"]);
  });

  it("gives the arcs this month's widths, with a gap drawn at zero width", () => {
    const widths = Array.from(arcData(buildMapLayers(inputs(0))).attributes.getWidth?.value ?? []);
    expect(widths[0]).toBeCloseTo(8);
    expect(widths[1]).toBe(0);
  });

  it("changes only the width buffer on a month step: positions and colours are the same arrays", () => {
    const april = arcData(buildMapLayers(inputs(0)));
    const may = arcData(buildMapLayers(inputs(1)));
    expect(may.attributes.getWidth?.value).not.toEqual(april.attributes.getWidth?.value);
    expect(may.attributes.getSourcePosition?.value).toBe(april.attributes.getSourcePosition?.value);
    expect(may.attributes.getTargetColor?.value).toBe(april.attributes.getTargetColor?.value);
  });

  it("leaves the month layers out until a month is chosen", () => {
    expect(buildMapLayers(inputs(-1)).map((l) => l.id)).not.toContain(ARCS_LAYER_ID);
  });
});

describe("layer styling rules", () => {
  const zone = (outline: Zone["outline"]): Zone => ({
    id: "z", nameEn: "Z", kind: "ftz_area", areaSources: [], outline, measuredAreaKm2: 1, sources: [],
    geometry: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  });

  it("dashes an approximate zone outline and draws an official one solid", () => {
    const layer = buildZonesLayer({ zones: drawnZones([zone("approximate"), zone("official")]), theme: "light", visible: true, highlightedId: null });
    const getDash = layer.props.getDashArray as (d: ReturnType<typeof drawnZones>[number]) => [number, number];
    const [approximate, official] = drawnZones([zone("approximate"), zone("official")]);
    expect(approximate && getDash(approximate)).toEqual(APPROXIMATE_DASH);
    expect(official && getDash(official)).toEqual([0, 0]);
  });

  it("dashes air routes and dots lines under construction", () => {
    const route = (mode: Route["mode"], status: Route["status"]) => ({ mode, status }) as Route;
    expect(routeDash(route("air", "operating"))).not.toEqual([0, 0]);
    expect(routeDash(route("rail", "operating"))).toEqual([0, 0]);
    expect(routeDash(route("rail", "under_construction"))).toEqual([1, 2]);
  });
});

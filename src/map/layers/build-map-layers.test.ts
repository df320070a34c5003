import type { ArcLayer } from "@deck.gl/layers";
import { describe, expect, it } from "vitest";
import type { Frames } from "../../data/frames/build-frames";
import type { Route, Zone } from "../../data/model";
import { ARCS_LAYER_ID, sameArcGeometry } from "./arcs-layer";
import { buildMapLayers, type MapLayerInputs } from "./build-map-layers";
import { packArcGeometry, packMetric } from "./pack-metric";
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
const arcs = packArcGeometry(packed, "light", "direction");
const inputs = (monthOffset: number): MapLayerInputs => ({
  packed, arcs, monthOffset, zones: [], routes: [], places: [], theme: "light",
  visible: { zones: true, routes: true, places: true, flows: true }, pinned: null,
});
const arcLayer = (layers: ReturnType<typeof buildMapLayers>) => layers.find((l) => l.id === ARCS_LAYER_ID) as ArcLayer | undefined;
type ArcData = { attributes: { getWidth: { value: Float32Array } } };
/** The width buffer the arc layer hands deck.gl. */
const widthOf = (layer: ArcLayer | undefined, index: number) => (layer?.props.data as unknown as ArcData | undefined)?.attributes.getWidth.value[index];

describe("buildMapLayers", () => {
  it("stacks zones, routes, arcs and places bottom to top", () => {
    expect(buildMapLayers(inputs(0)).map((l) => l.id)).toEqual(["zones", "routes", "flow-arcs", "places"]);
  });

  it("gives the arcs this month's widths, with a gap drawn at zero width", () => {
    const layer = arcLayer(buildMapLayers(inputs(0)));
    expect(widthOf(layer, 0)).toBeCloseTo(8);
    expect(widthOf(layer, 1)).toBe(0);
  });

  it("tells deck.gl a month step is the same data with new widths, so no other attribute is rebuilt", () => {
    const april = arcLayer(buildMapLayers(inputs(0)));
    const may = arcLayer(buildMapLayers(inputs(1)));
    expect(sameArcGeometry(may?.props.data, april?.props.data)).toBe(true);
    expect(may?.props.updateTriggers.getWidth).not.toEqual(april?.props.updateTriggers.getWidth);
    expect(widthOf(may, 1)).toBeCloseTo(16);
  });

  it("treats a new colour scheme as new data", () => {
    const direction = arcLayer(buildMapLayers(inputs(0)));
    const byMode = arcLayer(buildMapLayers({ ...inputs(0), arcs: packArcGeometry(packed, "light", "mode") }));
    expect(sameArcGeometry(byMode?.props.data, direction?.props.data)).toBe(false);
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

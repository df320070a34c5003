import { describe, expect, it } from "vitest";
import type { Corridor, PlaceTotal } from "../../data/frames/build-frames";
import { FLOW_STATE } from "../../state/selectors/flow-state";
import type { DrawnPlace } from "../style/data-sources";
import { mapImage } from "../style/map-images";
import { MARKER_FLAG, MARKER_SHAPE } from "./flow-marker-shaders";
import { arcGeometry, buildArcsLayer } from "./arcs-layer";
import { ARROW_RADIUS, buildMarkersLayer, corridorEndMarkers, corridorEndsThisMonth, placeMarkerLook, placeMarkerStyles, placeMarkers, sameMarkerGeometry, totalMarkers } from "./markers-layer";
import { FlowArcLayer } from "./flow-arc-layer";
import { PLACE_COLORS } from "./palette";

const place = (id: string, symbol: DrawnPlace["symbol"], extra: Partial<DrawnPlace> = {}): DrawnPlace =>
  ({ id, kind: symbol, name: { en: id }, country: "CHN", coordinates: [80, 44], symbol, ...extra }) as DrawnPlace;
const corridor = (direction: Corridor["direction"], path: [number, number][]): Corridor =>
  ({ seriesKey: direction, metric: "m", origin: "a", destination: "b", direction, mode: "road", through: "a", path }) as Corridor;

/** From the first to the last mostly opaque pixel of a painted symbol's middle row, in CSS pixels: its drawn width. */
function paintedWidth(id: string): number {
  const image = mapImage(id, "light");
  if (!image) return 0;
  const row = Math.floor(image.height / 2);
  const opaque: number[] = [];
  for (let x = 0; x < image.width; x += 1) if ((image.data[(row * image.width + x) * 4 + 3] ?? 0) > 127) opaque.push(x);
  return opaque.length === 0 ? 0 : ((opaque.at(-1) ?? 0) - (opaque[0] ?? 0) + 1) / image.pixelRatio;
}

describe("place markers", () => {
  it("draws each symbol as wide as the painted image the legend shows and the labels are placed around", () => {
    for (const [symbol, id] of [["port", "icon-port"], ["hub", "icon-hub"], ["airport", "icon-airport"], ["town", "icon-town"]] as const) {
      const look = placeMarkerLook(symbol, false, "light");
      expect(2 * (look.radius + look.stroke), symbol).toBeCloseTo(paintedWidth(id), 0);
    }
    const approximateTown = placeMarkerLook("town", true, "light");
    expect(2 * (approximateTown.radius + approximateTown.stroke)).toBeCloseTo(paintedWidth("icon-town-approx"), 0);
  });

  it("dashes the outline of a port whose position is approximate, and draws an approximate town as a ring", () => {
    expect(placeMarkerLook("port", true, "light").flags & MARKER_FLAG.dashed).toBe(MARKER_FLAG.dashed);
    expect(placeMarkerLook("port", false, "light").flags & MARKER_FLAG.dashed).toBe(0);
    const town = placeMarkerLook("town", true, "light");
    expect(town.fill[3]).toBe(0);
    expect(town.stroke).toBeGreaterThan(0);
  });

  it("gives hubs a square and airports a dot, in the theme's ring colour", () => {
    expect(placeMarkerLook("hub", false, "dark").shape).toBe(MARKER_SHAPE.square);
    expect(placeMarkerLook("airport", false, "dark").flags & MARKER_FLAG.dot).toBe(MARKER_FLAG.dot);
    expect(placeMarkerLook("airport", false, "dark").line).toEqual(PLACE_COLORS.dark.ring);
  });

  it("fades a place not yet open to 45% and dims one away from a pinned selection to half", () => {
    const markers = placeMarkers([place("a", "port"), place("b", "port"), place("c", "port")], "light");
    const styles = placeMarkerStyles(markers, [false, true, true], new Float32Array([FLOW_STATE.normal, FLOW_STATE.dimmed, FLOW_STATE.normal]));
    expect([styles[3], styles[7], styles[11]].map((o) => Number(((o ?? 0) / 255).toFixed(2)))).toEqual([0.45, 0.5, 1]);
  });

  it("places markers in deck.gl's common space, as the arcs are", () => {
    const markers = placeMarkers([place("a", "port", { coordinates: [0, 0] })], "light");
    expect([...markers.geometry.attributes.getSourceCommon.value]).toEqual([256, 256]);
  });
});

describe("arrowheads at the corridors' ends", () => {
  const path: [number, number][] = [[80, 44], [80, 45], [81, 45]];

  it("points an export along its last stretch and an import back along its first, and gives two-way corridors none", () => {
    const { geometry, styles } = corridorEndMarkers([corridor("export", path), corridor("import", path), corridor("both", path)], () => [10, 20, 30, 200]);
    const [exportHeading = 0, importHeading = 0] = geometry.attributes.getTilt.value;
    expect(exportHeading).toBeGreaterThan(80);
    expect(exportHeading).toBeLessThan(100);
    expect(Math.abs(importHeading)).toBeGreaterThan(170);
    expect([styles[3], styles[7], styles[11]]).toEqual([255, 255, 0]);
    expect([...geometry.attributes.getColor.value.slice(0, 4)]).toEqual([10, 20, 30, 255]);
  });

  it("shows an arrowhead once the month has settled, for a corridor drawn this month and not filtered out", () => {
    const corridors = [corridor("export", path), corridor("export", path), corridor("export", path)];
    const states = new Float32Array([FLOW_STATE.normal, FLOW_STATE.hidden, FLOW_STATE.normal]);
    expect([...corridorEndsThisMonth(corridors, [4, 4, 0], states, true).radii]).toEqual([ARROW_RADIUS, 0, 0]);
    expect([...corridorEndsThisMonth(corridors, [4, 4, 0], states, false).radii]).toEqual([0, 0, 0]);
  });

  it("makes an arrowhead wider than a wide corridor, and puts it on the corridor's lane", () => {
    const lanes = [{ ...corridor("both", path), routeId: "r" }, { ...corridor("export", path), routeId: "r" }, { ...corridor("import", path), routeId: "r" }];
    const { radii, offsets } = corridorEndsThisMonth(lanes, [10, 20, 6], new Float32Array(3), true);
    // Its base (radius × 6/5.5) reaches past both edges of the 20-pixel export.
    expect((radii[1] ?? 0) * (6 / 5.5)).toBeGreaterThan(10 + 2);
    // The export lies right of the two-way middle; the import on the other side, its arrow facing back.
    expect(offsets[2]).toBeGreaterThan(10 / 2);
    expect(offsets[4]).toBeGreaterThan(10 / 2);
  });
});

describe("buildMarkersLayer", () => {
  const totals = totalMarkers([{ seriesKey: "t", place: "a", position: [80, 44] } as PlaceTotal], "light");
  const input = (key: string, radius: number) => ({
    id: "m",
    geometry: totals.geometry,
    radiiFrom: new Float32Array([radius]),
    radiiTo: new Float32Array([radius]),
    styles: totals.styles,
    states: new Float32Array(1),
    radiiKey: key,
    stylesKey: "",
    statesKey: "",
    widthMix: 1,
    visible: true,
  });

  it("is the arcs' own layer in marker mode, not pickable (MapLibre's layers beneath answer hovers)", () => {
    const layer = buildMarkersLayer(input("0", 10));
    expect(layer).toBeInstanceOf(FlowArcLayer);
    expect(layer.props.markers).toBe(true);
    expect(layer.props.pickable).toBe(false);
  });

  it("keeps the geometry from month to month, so deck.gl re-reads only the radii", () => {
    const a = buildMarkersLayer(input("0", 10));
    const b = buildMarkersLayer(input("1", 12));
    expect(sameMarkerGeometry(b.props.data, a.props.data)).toBe(true);
    expect(a.props.updateTriggers).not.toEqual(b.props.updateTriggers);
    const recoloured = { ...input("0", 10), geometry: totalMarkers([{ seriesKey: "t", place: "a", position: [80, 44] } as PlaceTotal], "dark").geometry };
    expect(sameMarkerGeometry(buildMarkersLayer(recoloured).props.data, a.props.data)).toBe(false);
  });
});

describe("one vertex layout for arcs and markers", () => {
  type Attributes = Record<string, { value: ArrayLike<number>; size: number; normalized?: boolean }>;
  const layoutOf = (layer: FlowArcLayer) =>
    Object.entries((layer.props.data as unknown as { attributes: Attributes }).attributes)
      .map(([name, a]) => `${name}:${a.value.constructor.name}x${a.size}${a.normalized ? "n" : ""}`)
      .sort();

  it("hands deck.gl every attribute as an array, of the same types, for arcs and for each kind of marker", () => {
    const geometry = arcGeometry(1, new Float64Array([80, 44]), new Float64Array([70, 50]), new Uint8Array(4), new Float32Array(1));
    const arcs = buildArcsLayer({
      geometry,
      widthsFrom: new Float32Array(1),
      widthsTo: new Float32Array(1),
      monthKey: "",
      states: new Float32Array(1),
      statesVersion: "",
      motion: { widthMix: 1, dashTime: 0, animateDashes: false },
      numSegments: 24,
      visible: true,
    });
    const places = placeMarkers([place("a", "port")], "light");
    const ends = corridorEndMarkers([corridor("export", [[80, 44], [81, 45]])], () => [1, 2, 3, 255]);
    const totals = totalMarkers([{ seriesKey: "t", place: "a", position: [80, 44] } as PlaceTotal], "light");
    const marker = (geometry: typeof places.geometry, styles: Uint8Array, offsets?: Float32Array) =>
      buildMarkersLayer({ id: "m", geometry, radiiFrom: new Float32Array(1), radiiTo: new Float32Array(1), styles, states: new Float32Array(1), radiiKey: "", stylesKey: "", statesKey: "", widthMix: 1, visible: true, ...(offsets ? { offsets } : {}) });
    const layouts = [
      layoutOf(arcs),
      layoutOf(marker(places.geometry, placeMarkerStyles(places, [true], new Float32Array(1)))),
      layoutOf(marker(ends.geometry, ends.styles, new Float32Array(2))),
      layoutOf(marker(totals.geometry, totals.styles)),
    ];
    // Every attribute the layer declares is there: none falls back to a constant.
    const declared = Object.keys(FlowArcLayer.defaultProps).filter((name) => name.startsWith("get")).sort();
    expect(declared.length).toBeGreaterThan(8);
    expect(layouts[0]?.map((l) => l.split(":")[0])).toEqual(declared);
    for (const layout of layouts.slice(1)) expect(layout).toEqual(layouts[0]);
  });
});

import type { Corridor, PlaceTotal } from "../../data/frames/build-frames";
import { FLOW_STATE } from "../../state/selectors/flow-state";
import { corridorTip, isApproximate, type DrawnPlace } from "../style/data-sources";
import { laneOffsets } from "../style/feature-states";
import { toCommonSpace } from "./common-space";
import { FlowArcLayer } from "./flow-arc-layer";
import { ARROW_HALF_BASE, MARKER_FLAG, MARKER_SHAPE, STROKE_STEPS } from "./flow-marker-shaders";
import { packColors, packPositions } from "./frame-attributes";
import { PLACE_COLORS, type Rgba, type Theme } from "./palette";

export const MARKER_LAYER_IDS = { totals: "total-markers", places: "place-markers", corridorEnds: "corridor-end-markers" } as const;

/**
 * How a marker is drawn, in CSS pixels: a fill of `radius` (half the side for a square, half the
 * height for an arrowhead) and an outline `stroke` wide beyond it. Shapes and sizes are those of the
 * painted symbols in style/map-images.ts, which the legend shows and MapLibre lays labels out around.
 */
export interface MarkerLook {
  shape: (typeof MARKER_SHAPE)[keyof typeof MARKER_SHAPE];
  radius: number;
  stroke: number;
  flags: number;
  fill: Rgba;
  line: Rgba;
}

const CLEAR: Rgba = [0, 0, 0, 0];

/** Ports are rings, hubs squares, airports a ring with a dot, towns a dot; an approximate position is dashed (a town: a ring). */
export function placeMarkerLook(symbol: DrawnPlace["symbol"], approximate: boolean, theme: Theme): MarkerLook {
  const c = PLACE_COLORS[theme];
  const dashed = approximate ? MARKER_FLAG.dashed : 0;
  switch (symbol) {
    case "port":
      return { shape: MARKER_SHAPE.circle, radius: 3.5, stroke: 2, flags: dashed, fill: c.fill, line: c.ring };
    case "hub":
      return { shape: MARKER_SHAPE.square, radius: 3.2, stroke: 1.8, flags: dashed, fill: c.fill, line: c.ring };
    case "airport":
      return { shape: MARKER_SHAPE.circle, radius: 3.4, stroke: 1.6, flags: dashed + MARKER_FLAG.dot, fill: c.fill, line: c.ring };
    case "town":
      return approximate
        ? { shape: MARKER_SHAPE.circle, radius: 1.6, stroke: 1.4, flags: 0, fill: CLEAR, line: c.city }
        : { shape: MARKER_SHAPE.circle, radius: 2.6, stroke: 0, flags: 0, fill: c.city, line: CLEAR };
  }
}

/** The totals' circles: a translucent disc sized by the value, with a firmer outline (twice as wide when highlighted). */
export function totalMarkerLook(theme: Theme): Omit<MarkerLook, "radius"> {
  const c = PLACE_COLORS[theme];
  return { shape: MARKER_SHAPE.circle, stroke: 1.5, flags: 0, fill: c.total, line: c.totalLine };
}

/** Half the height of a corridor's arrowhead, at the least. */
export const ARROW_RADIUS = 5.5;
/** Pixels an arrowhead's base reaches beyond each edge of its corridor */
const ARROW_MARGIN = 3;

/** Positions (common space), colours and rotations of a set of markers: built once per package, metric and theme. */
export interface MarkerGeometry {
  length: number;
  attributes: {
    getSourceCommon: { value: Float32Array; size: 2 };
    /** The marker's offset in pixels (no offset here; arrowheads get theirs each month) */
    getTargetCommon: { value: Float32Array; size: 2 };
    getColor: { value: Uint8Array; size: 4; normalized: true };
    getLineColor: { value: Uint8Array; size: 4; normalized: true };
    getTilt: { value: Float32Array; size: 1 };
  };
}

function markerGeometry(positions: readonly [number, number][], fills: readonly Rgba[], lines: readonly Rgba[], rotations: readonly number[]): MarkerGeometry {
  return {
    length: positions.length,
    attributes: {
      getSourceCommon: { value: toCommonSpace(packPositions([...positions])), size: 2 },
      getTargetCommon: { value: new Float32Array(positions.length * 2), size: 2 },
      getColor: { value: packColors(fills, (c) => c), size: 4, normalized: true },
      getLineColor: { value: packColors(lines, (c) => c), size: 4, normalized: true },
      getTilt: { value: Float32Array.from(rotations), size: 1 },
    },
  };
}

/** [shape, flags, outline, opacity] per marker, as bytes for the style attribute (outline in STROKE_STEPS a pixel, opacity in 255ths). */
function packStyles(looks: readonly Omit<MarkerLook, "radius" | "fill" | "line">[], opacityOf: (i: number) => number): Uint8Array {
  const styles = new Uint8Array(looks.length * 4);
  looks.forEach((look, i) => styles.set([look.shape, look.flags, Math.round(look.stroke * STROKE_STEPS), Math.round(opacityOf(i) * 255)], i * 4));
  return styles;
}

export interface PlaceMarkers {
  geometry: MarkerGeometry;
  radii: Float32Array;
  looks: MarkerLook[];
}

export function placeMarkers(places: readonly DrawnPlace[], theme: Theme): PlaceMarkers {
  const looks = places.map((p) => placeMarkerLook(p.symbol, isApproximate(p), theme));
  return {
    geometry: markerGeometry(
      places.map((p) => p.coordinates),
      looks.map((l) => l.fill),
      looks.map((l) => l.line),
      places.map(() => 0),
    ),
    radii: Float32Array.from(looks, (l) => l.radius),
    looks,
  };
}

/** A place not yet open this month is faded; with something pinned, places not at its flows' ends are dimmed. */
export function placeMarkerStyles(markers: PlaceMarkers, open: readonly boolean[], focus: Float32Array): Uint8Array {
  return packStyles(markers.looks, (i) => (open[i] === false ? 0.45 : focus[i] === FLOW_STATE.dimmed ? 0.5 : 1));
}

export function totalMarkers(totals: readonly PlaceTotal[], theme: Theme): { geometry: MarkerGeometry; styles: Uint8Array } {
  const look = totalMarkerLook(theme);
  return {
    geometry: markerGeometry(
      totals.map((t) => t.position),
      totals.map(() => look.fill),
      totals.map(() => look.line),
      totals.map(() => 0),
    ),
    styles: packStyles(
      totals.map(() => look),
      () => 1,
    ),
  };
}

/** An arrowhead at the end of each one-way corridor, in its colour, pointing the way the goods go; two-way corridors have none. */
export function corridorEndMarkers(corridors: readonly Corridor[], colorOf: (c: Corridor) => Rgba): { geometry: MarkerGeometry; styles: Uint8Array } {
  const ends = corridors.map((c) => (c.direction === "both" ? null : corridorTip(c)));
  const arrow = { shape: MARKER_SHAPE.arrow, stroke: 0, flags: 0 };
  return {
    geometry: markerGeometry(
      ends.map((e) => e?.tip ?? [0, 0]),
      corridors.map((c) => {
        const [r, g, b] = colorOf(c);
        return [r, g, b, 255];
      }),
      corridors.map(() => CLEAR),
      ends.map((e) => e?.heading ?? 0),
    ),
    styles: packStyles(
      corridors.map(() => arrow),
      (i) => (ends[i] ? 1 : 0),
    ),
  };
}

/**
 * This month's arrowheads: shown once the month has settled (not while widths ease), for corridors
 * drawn this month and not filtered out; as wide as the corridor they end, with a little to spare;
 * on the corridor's own lane (an export beside an import on the same road), a little ahead of its end.
 */
export function corridorEndsThisMonth(
  corridors: readonly Pick<Corridor, "routeId" | "through" | "direction">[],
  widths: ArrayLike<number>,
  states: Float32Array,
  settled: boolean,
): { radii: Float32Array; offsets: Float32Array } {
  const lanes = laneOffsets(corridors, widths);
  const radii = new Float32Array(corridors.length);
  const offsets = new Float32Array(corridors.length * 2);
  corridors.forEach((c, i) => {
    const width = Number(widths[i]) || 0;
    if (!settled || width <= 0 || states[i] === FLOW_STATE.hidden) return;
    const radius = Math.max(ARROW_RADIUS, (width / 2 + ARROW_MARGIN) / ARROW_HALF_BASE);
    radii[i] = radius;
    // A lane lies to the right of the corridor's path; an import's arrowhead faces back along it.
    offsets[i * 2] = (c.direction === "import" ? -1 : 1) * (lanes[i] ?? 0);
    offsets[i * 2 + 1] = radius * 0.4;
  });
  return { radii, offsets };
}

export interface MarkersLayerInput {
  id: string;
  geometry: MarkerGeometry;
  /** Radii of the month eased from and of the month shown (the same array when markers do not change size) */
  radiiFrom: Float32Array;
  radiiTo: Float32Array;
  styles: Uint8Array;
  /** Pixels to move each marker by, right and forward in its own turned frame; the geometry's (none) by default */
  offsets?: Float32Array;
  /** FLOW_STATE per marker: hidden, dimmed (to 16%) or highlighted (a doubled outline) */
  states: Float32Array;
  /** Change when the radii, the styles or the states do: deck.gl re-reads only those buffers */
  radiiKey: string;
  stylesKey: string;
  statesKey: string;
  widthMix: number;
  visible: boolean;
  beforeId?: string;
}

type MarkerData = MarkerGeometry & {
  attributes: MarkerGeometry["attributes"] & {
    getWidthFrom: { value: Float32Array; size: 1 };
    getWidthTo: { value: Float32Array; size: 1 };
    getMarkerStyle: { value: Uint8Array; size: 4 };
    getFlowState: { value: Float32Array; size: 1 };
  };
};

export function sameMarkerGeometry(next: unknown, previous: unknown): boolean {
  const a = (next as MarkerData | undefined)?.attributes;
  const b = (previous as MarkerData | undefined)?.attributes;
  return !!a && !!b && a.getSourceCommon === b.getSourceCommon && a.getColor === b.getColor && a.getLineColor === b.getLineColor && a.getTilt === b.getTilt;
}

/** Markers drawn by the arcs' program (FlowArcLayer with `markers`); the MapLibre layers beneath keep the labels' collisions and the picking. */
export function buildMarkersLayer(input: MarkersLayerInput): FlowArcLayer {
  const data: MarkerData = {
    length: input.geometry.length,
    attributes: {
      ...input.geometry.attributes,
      getWidthFrom: { value: input.radiiFrom, size: 1 },
      getWidthTo: { value: input.radiiTo, size: 1 },
      getMarkerStyle: { value: input.styles, size: 4 },
      getFlowState: { value: input.states, size: 1 },
      ...(input.offsets ? { getTargetCommon: { value: input.offsets, size: 2 } } : {}),
    },
  };
  return new FlowArcLayer({
    id: input.id,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data,
    dataComparator: sameMarkerGeometry,
    updateTriggers: { getWidthFrom: input.radiiKey, getWidthTo: input.radiiKey, getTargetCommon: input.radiiKey, getMarkerStyle: input.stylesKey, getFlowState: input.statesKey },
    markers: true,
    widthMix: input.widthMix,
    visible: input.visible,
    pickable: false,
    // As the arcs' layer: the same parameters let luma.gl hand both the same pipeline.
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

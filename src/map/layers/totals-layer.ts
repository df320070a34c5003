import { ScatterplotLayer } from "@deck.gl/layers";
import { PLACE_COLORS, type Theme } from "./palette";

export const TOTALS_LAYER_ID = "place-totals";

/** Circle centres as a binary attribute, built once per metric. */
export interface TotalsGeometry {
  length: number;
  attributes: { getPosition: { value: Float64Array; size: 2 } };
}

export function totalsGeometry(count: number, positions: Float64Array): TotalsGeometry {
  return { length: count, attributes: { getPosition: { value: positions, size: 2 } } };
}

/** Same circle centres: a month step only re-reads the radius buffer (see sameArcGeometry). */
export function sameTotalsGeometry(next: unknown, previous: unknown): boolean {
  const a = (next as TotalsGeometry | undefined)?.attributes.getPosition;
  return !!a && a === (previous as TotalsGeometry | undefined)?.attributes.getPosition;
}

export interface TotalsLayerInput {
  /** The same object from month to month, so only the radius attribute is refreshed. */
  geometry: TotalsGeometry;
  /** This month's radii in pixels (0 hides a gap) */
  radii: Float32Array;
  monthOffset: number;
  theme: Theme;
  visible: boolean;
  highlightedIndex: number;
  beforeId?: string;
}

/** Circles for totals that have no second place to draw an arc to (a region's trade with all partners). */
export function buildTotalsLayer(input: TotalsLayerInput): ScatterplotLayer {
  const colors = PLACE_COLORS[input.theme];
  const { radii } = input;
  return new ScatterplotLayer({
    id: TOTALS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: { length: input.geometry.length, attributes: { ...input.geometry.attributes, getRadius: { value: radii, size: 1 } } },
    dataComparator: sameTotalsGeometry,
    updateTriggers: { getRadius: input.monthOffset },
    visible: input.visible,
    radiusUnits: "pixels",
    stroked: true,
    filled: true,
    getFillColor: colors.total,
    getLineColor: [colors.total[0], colors.total[1], colors.total[2], 230],
    lineWidthUnits: "pixels",
    getLineWidth: 1.5,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 80],
    highlightedObjectIndex: input.highlightedIndex,
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

import { ScatterplotLayer } from "@deck.gl/layers";
import { PLACE_COLORS, type Theme } from "./palette";

export const TOTALS_LAYER_ID = "place-totals";

export interface TotalsLayerInput {
  count: number;
  positions: Float64Array;
  /** This month's radii in pixels (0 hides a gap) */
  radii: Float32Array;
  theme: Theme;
  visible: boolean;
  highlightedIndex: number;
  beforeId?: string;
}

/** Circles for totals that have no second place to draw an arc to (a region's trade with all partners). */
export function buildTotalsLayer(input: TotalsLayerInput): ScatterplotLayer {
  const colors = PLACE_COLORS[input.theme];
  return new ScatterplotLayer({
    id: TOTALS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: {
      length: input.count,
      attributes: {
        getPosition: { value: input.positions, size: 2 },
        getRadius: { value: input.radii, size: 1 },
      },
    },
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

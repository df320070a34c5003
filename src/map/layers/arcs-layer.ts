import { ArcLayer } from "@deck.gl/layers";
import type { ArcColors } from "./frame-attributes";

export const ARCS_LAYER_ID = "flow-arcs";

export interface ArcsLayerInput {
  count: number;
  sourcePositions: Float64Array;
  targetPositions: Float64Array;
  colors: ArcColors;
  /** This month's widths in pixels: a slice of the precomputed month-major array. */
  widths: Float32Array;
  visible: boolean;
  /** Index of the pinned flow, or -1 */
  highlightedIndex: number;
  beforeId?: string;
}

/**
 * Flow arcs from binary attributes only: a month change passes a new width slice and deck.gl
 * re-uploads one small buffer, never calling an accessor per flow.
 */
export function buildArcsLayer(input: ArcsLayerInput): ArcLayer {
  return new ArcLayer({
    id: ARCS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: {
      length: input.count,
      attributes: {
        getSourcePosition: { value: input.sourcePositions, size: 2 },
        getTargetPosition: { value: input.targetPositions, size: 2 },
        getSourceColor: { value: input.colors.source, size: 4, normalized: true },
        getTargetColor: { value: input.colors.target, size: 4, normalized: true },
        getWidth: { value: input.widths, size: 1 },
      },
    },
    visible: input.visible,
    widthUnits: "pixels",
    widthMinPixels: 0,
    // Tilted arcs read as curves on a flat map; untilted ones collapse to straight lines from above.
    getTilt: 20,
    getHeight: 0.45,
    // ~16 segments cut SwiftShader's draw time about 3× with no visible loss at news-page sizes.
    numSegments: 24,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    highlightedObjectIndex: input.highlightedIndex,
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

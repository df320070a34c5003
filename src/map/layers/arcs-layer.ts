import { ArcLayer } from "@deck.gl/layers";
import type { ArcColors } from "./frame-attributes";

export const ARCS_LAYER_ID = "flow-arcs";

/** Positions and colours of every arc as binary attributes: built once per metric and colour scheme. */
export interface ArcGeometry {
  length: number;
  attributes: {
    getSourcePosition: { value: Float64Array; size: 2 };
    getTargetPosition: { value: Float64Array; size: 2 };
    getSourceColor: { value: Uint8Array; size: 4; normalized: true };
    getTargetColor: { value: Uint8Array; size: 4; normalized: true };
  };
}

export function arcGeometry(count: number, sourcePositions: Float64Array, targetPositions: Float64Array, colors: ArcColors): ArcGeometry {
  return {
    length: count,
    attributes: {
      getSourcePosition: { value: sourcePositions, size: 2 },
      getTargetPosition: { value: targetPositions, size: 2 },
      getSourceColor: { value: colors.source, size: 4, normalized: true },
      getTargetColor: { value: colors.target, size: 4, normalized: true },
    },
  };
}

export interface ArcsLayerInput {
  /** Built once per metric and colour scheme (packArcGeometry); its buffers must not change between months. */
  geometry: ArcGeometry;
  /** This month's widths in pixels: a slice of the precomputed month-major array. */
  widths: Float32Array;
  /** Identifies the month, so deck.gl refreshes only the width attribute when it changes. */
  monthOffset: number;
  visible: boolean;
  /** Index of the pinned flow, or -1 */
  highlightedIndex: number;
  beforeId?: string;
}

type ArcMonthData = ArcGeometry & { attributes: ArcGeometry["attributes"] & { getWidth: { value: Float32Array; size: 1 } } };

/**
 * Same geometry means same data for deck.gl: a month step then re-reads only the width buffer,
 * instead of treating the arcs as new data and rebuilding every attribute (picking colours included).
 */
export function sameArcGeometry(next: unknown, previous: unknown): boolean {
  const a = (next as ArcMonthData | undefined)?.attributes;
  const b = (previous as ArcMonthData | undefined)?.attributes;
  return (
    !!a &&
    !!b &&
    a.getSourcePosition === b.getSourcePosition &&
    a.getTargetPosition === b.getTargetPosition &&
    a.getSourceColor === b.getSourceColor &&
    a.getTargetColor === b.getTargetColor
  );
}

/**
 * Flow arcs, all binary attributes. Positions and colours are the same buffers month after month;
 * a month step hands deck.gl a new width slice and nothing else (see sameArcGeometry).
 */
export function buildArcsLayer(input: ArcsLayerInput): ArcLayer {
  const data: ArcMonthData = {
    length: input.geometry.length,
    attributes: { ...input.geometry.attributes, getWidth: { value: input.widths, size: 1 } },
  };
  return new ArcLayer({
    id: ARCS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data,
    dataComparator: sameArcGeometry,
    updateTriggers: { getWidth: input.monthOffset },
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

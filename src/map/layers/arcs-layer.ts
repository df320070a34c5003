import { ArcLayer } from "@deck.gl/layers";
import { FlowMotionExtension, type FlowMotionProps } from "./flow-motion-extension";

export const ARCS_LAYER_ID = "flow-arcs";

/** Positions and colours of every arc as binary attributes: built once per metric and colour scheme. */
export interface ArcGeometry {
  length: number;
  attributes: {
    getSourcePosition: { value: Float64Array; size: 2 };
    getTargetPosition: { value: Float64Array; size: 2 };
    getSourceColor: { value: Uint8Array; size: 4; normalized: true };
    getTargetColor: { value: Uint8Array; size: 4; normalized: true };
    getTilt: { value: Float32Array; size: 1 };
  };
}

/**
 * Arcs lean to one side so they read as curves on a flat map; an export and an import between the
 * same two places lean differently from each other and from their two-way total, so none hides another.
 */
export const ARC_TILT: Readonly<Record<string, number>> = { both: 20, export: 38, import: -20 };

/** One colour per arc, the same at both ends: direction is told by colour and arrowless tilt, not a gradient. */
export function arcGeometry(count: number, sourcePositions: Float64Array, targetPositions: Float64Array, colors: Uint8Array, tilts: Float32Array): ArcGeometry {
  const color = { value: colors, size: 4 as const, normalized: true as const };
  return {
    length: count,
    attributes: {
      getSourcePosition: { value: sourcePositions, size: 2 },
      getTargetPosition: { value: targetPositions, size: 2 },
      getSourceColor: color,
      getTargetColor: color,
      getTilt: { value: tilts, size: 1 },
    },
  };
}

export interface ArcsLayerInput {
  /** Built once per metric and colour scheme (packArcGeometry); its buffers must not change between months. */
  geometry: ArcGeometry;
  /** Pixel widths of the month eased from, and of the month shown: slices of the month-major array. */
  widthsFrom: Float32Array;
  widthsTo: Float32Array;
  /** Identifies the two months, so deck.gl refreshes only the width attributes when they change. */
  monthKey: string;
  /** FLOW_STATE per arc (filters, focus) and a version that changes with it */
  states: Float32Array;
  statesVersion: string;
  motion: Required<FlowMotionProps>;
  /** More segments once the reader zooms in, so arcs stay smooth */
  numSegments: number;
  visible: boolean;
  beforeId?: string;
}

type ArcMonthData = ArcGeometry & {
  attributes: ArcGeometry["attributes"] & {
    getWidthFrom: { value: Float32Array; size: 1 };
    getWidthTo: { value: Float32Array; size: 1 };
    getFlowState: { value: Float32Array; size: 1 };
  };
};

/**
 * Same geometry means same data for deck.gl: a month step then re-reads only the width buffers,
 * instead of treating the arcs as new data and rebuilding every attribute (picking colours included).
 */
export function sameArcGeometry(next: unknown, previous: unknown): boolean {
  const a = (next as ArcMonthData | undefined)?.attributes;
  const b = (previous as ArcMonthData | undefined)?.attributes;
  return !!a && !!b && a.getSourcePosition === b.getSourcePosition && a.getTargetPosition === b.getTargetPosition && a.getSourceColor === b.getSourceColor;
}

const EXTENSIONS = [new FlowMotionExtension()];

/** Flow arcs, all binary attributes; easing, dashes, focus and top-N run in the shader (FlowMotionExtension). */
export function buildArcsLayer(input: ArcsLayerInput): ArcLayer<unknown, FlowMotionProps> {
  const data: ArcMonthData = {
    length: input.geometry.length,
    attributes: {
      ...input.geometry.attributes,
      getWidthFrom: { value: input.widthsFrom, size: 1 },
      getWidthTo: { value: input.widthsTo, size: 1 },
      getFlowState: { value: input.states, size: 1 },
    },
  };
  return new ArcLayer<unknown, FlowMotionProps>({
    id: ARCS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data,
    dataComparator: sameArcGeometry,
    updateTriggers: { getWidthFrom: input.monthKey, getWidthTo: input.monthKey, getFlowState: input.statesVersion },
    extensions: EXTENSIONS,
    ...input.motion,
    visible: input.visible,
    // The extension scales a 1-pixel extrusion to each arc's eased width.
    getWidth: 1,
    widthUnits: "pixels",
    widthMinPixels: 0,
    getHeight: 0.45,
    numSegments: input.numSegments,
    pickable: true,
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

/** ~24 segments keep SwiftShader quick at news-page zooms; more once a reader zooms in on a corridor. */
export function arcSegmentsForZoom(zoom: number): number {
  return zoom < 5 ? 24 : zoom < 7 ? 48 : 96;
}

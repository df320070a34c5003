import { toCommonSpace } from "./common-space";
import { FlowArcLayer, type FlowArcLayerProps } from "./flow-arc-layer";

export const ARCS_LAYER_ID = "flow-arcs";

/** Positions (in deck.gl's common space) and colours of every arc as binary attributes: built once per metric and colour scheme. */
export interface ArcGeometry {
  length: number;
  attributes: {
    getSourceCommon: { value: Float32Array; size: 2 };
    getTargetCommon: { value: Float32Array; size: 2 };
    getColor: { value: Uint8Array; size: 4; normalized: true };
    getTilt: { value: Float32Array; size: 1 };
    /** Unused by arcs, but handed over as arrays so that arcs and markers share one vertex layout (flow-arc-layer.ts) */
    getLineColor: { value: Uint8Array; size: 4; normalized: true };
    getMarkerStyle: { value: Uint8Array; size: 4 };
  };
}

/**
 * Arcs lean to one side so they read as curves on a flat map; an export and an import between the
 * same two places lean differently from each other and from their two-way total, so none hides another.
 */
export const ARC_TILT: Readonly<Record<string, number>> = { both: 20, export: 38, import: -20 };

/** One colour per arc, the same at both ends: direction is told by colour and arrowless tilt, not a gradient. */
export function arcGeometry(count: number, sourcePositions: Float64Array, targetPositions: Float64Array, colors: Uint8Array, tilts: Float32Array): ArcGeometry {
  return {
    length: count,
    attributes: {
      getSourceCommon: { value: toCommonSpace(sourcePositions), size: 2 },
      getTargetCommon: { value: toCommonSpace(targetPositions), size: 2 },
      getColor: { value: colors, size: 4, normalized: true },
      getTilt: { value: tilts, size: 1 },
      getLineColor: { value: new Uint8Array(count * 4), size: 4, normalized: true },
      getMarkerStyle: { value: new Uint8Array(count * 4), size: 4 },
    },
  };
}

/** What moves the arcs between frames: the eased width and the dashes. */
export interface FlowMotionProps {
  /** 0 → the "from" widths, 1 → the "to" widths */
  widthMix?: number;
  /** Seconds, for the moving dashes */
  dashTime?: number;
  animateDashes?: boolean;
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
  return !!a && !!b && a.getSourceCommon === b.getSourceCommon && a.getTargetCommon === b.getTargetCommon && a.getColor === b.getColor;
}

/** Flow arcs, all binary attributes; easing, dashes, focus and top-N run in the shader (flow-arc-shaders.ts). */
export function buildArcsLayer(input: ArcsLayerInput): FlowArcLayer {
  const data: ArcMonthData = {
    length: input.geometry.length,
    attributes: {
      ...input.geometry.attributes,
      getWidthFrom: { value: input.widthsFrom, size: 1 },
      getWidthTo: { value: input.widthsTo, size: 1 },
      getFlowState: { value: input.states, size: 1 },
    },
  };
  const props: FlowArcLayerProps = { ...input.motion, numSegments: input.numSegments, arcHeight: 0.45 };
  return new FlowArcLayer({
    id: ARCS_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data,
    dataComparator: sameArcGeometry,
    updateTriggers: { getWidthFrom: input.monthKey, getWidthTo: input.monthKey, getFlowState: input.statesVersion },
    ...props,
    visible: input.visible,
    pickable: true,
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

/** ~24 segments keep SwiftShader quick at news-page zooms; more once a reader zooms in on a corridor. */
export function arcSegmentsForZoom(zoom: number): number {
  return zoom < 5 ? 24 : zoom < 7 ? 48 : 96;
}

import type { Layer } from "@deck.gl/core";
import { monthSlice, type Frames } from "../src/data/frames/build-frames";
import { ARCS_LAYER_ID, buildArcsLayer, type ArcGeometry } from "../src/map/layers/arcs-layer";
import { packArcGeometry, packMetric, type PackedMetric } from "../src/map/layers/pack-metric";

/**
 * The one file that knows how the explorer builds its deck.gl layers for a month (MapView's layer
 * memo and useFlowDrawing), so the step page measures the same work. Keep it in step with them.
 * Mirrored: per metric, packMetric + packArcGeometry (light theme, colour by direction) and the
 * per-arc states (no filter, nothing pinned: all "normal", what flowStates gives then); per month,
 * two width slices (the month eased from and the month shown) and a new FlowArcLayer.
 * Not mirrored: the corridors and totals the explorer draws with MapLibre (feature states, no deck.gl).
 */
export const STEP_LAYER_ID = ARCS_LAYER_ID;

export interface PreparedMetric {
  packed: PackedMetric;
  arcs: ArcGeometry;
  states: Float32Array;
  flowCount: number;
}

export function prepareMetric(frames: Frames, metric: string): PreparedMetric {
  const packed = packMetric(frames, metric);
  const arcs = packArcGeometry(packed, "light", "direction");
  const flowCount = packed.flows?.items.length ?? 0;
  return { packed, arcs, states: new Float32Array(flowCount), flowCount };
}

/** The month's layers, stepping from `fromOffset` (the previous month) to `toOffset`. */
export function monthLayers(prepared: PreparedMetric, fromOffset: number, toOffset: number): Layer[] {
  const { packed, arcs, states, flowCount } = prepared;
  if (flowCount === 0) return [];
  return [
    buildArcsLayer({
      geometry: arcs,
      widthsFrom: monthSlice(packed.flowWidths, fromOffset, flowCount),
      widthsTo: monthSlice(packed.flowWidths, toOffset, flowCount),
      monthKey: `${fromOffset}>${toOffset}`,
      states,
      statesVersion: "bench",
      motion: { widthMix: 1, dashTime: 0, animateDashes: false },
      numSegments: 24,
      visible: true,
    }),
  ];
}

/** Typed arrays packing added on top of the frames. */
export function packedArrays(prepared: PreparedMetric): ArrayBufferView[] {
  const { packed, arcs, states } = prepared;
  const { getSourceCommon, getTargetCommon, getColor } = arcs.attributes;
  return [packed.flowSource, packed.flowTarget, getSourceCommon.value, getTargetCommon.value, packed.flowWidths, packed.corridorWidths, packed.totalRadii, getColor.value, states];
}

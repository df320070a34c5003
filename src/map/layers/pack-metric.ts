import { flowMaximum, type Corridor, type Flow, type Frames, type MetricFrames, type PlaceTotal } from "../../data/frames/build-frames";
import { ARC_TILT, arcGeometry, type ArcGeometry } from "./arcs-layer";
import { packColors, packPositions, packSizes } from "./frame-attributes";
import { lockedRadiusScale, lockedWidthScale } from "./flow-scale";
import { flowColor, type ColorBy, type Theme } from "./palette";

/** Everything the map needs for one metric, packed as typed arrays once; month steps only slice it. */
export interface PackedMetric {
  flows: MetricFrames<Flow> | undefined;
  flowSource: Float64Array;
  flowTarget: Float64Array;
  /** Month-major pixel widths of the arcs */
  flowWidths: Float32Array;
  corridors: MetricFrames<Corridor> | undefined;
  /** Month-major pixel widths of the corridors, on the same scale as the arcs */
  corridorWidths: Float32Array;
  totals: MetricFrames<PlaceTotal> | undefined;
  /** Month-major pixel radii */
  totalRadii: Float32Array;
  /** The largest arc or corridor value over all months: the width scale is locked to it */
  flowMax: number;
}

const EMPTY = new Float32Array(0);

export function packMetric(frames: Frames | null, metric: string): PackedMetric {
  const flows = frames?.flows.get(metric);
  const corridors = frames?.corridors.get(metric);
  const totals = frames?.totals.get(metric);
  const flowMax = frames ? flowMaximum(frames, metric) : 0;
  const width = lockedWidthScale(flowMax).toPixels;
  return {
    flows,
    flowSource: packPositions((flows?.items ?? []).map((f) => f.source)),
    flowTarget: packPositions((flows?.items ?? []).map((f) => f.target)),
    flowWidths: flows ? packSizes(flows, width) : EMPTY,
    corridors,
    corridorWidths: corridors ? packSizes(corridors, width) : EMPTY,
    totals,
    totalRadii: totals ? packSizes(totals, lockedRadiusScale(totals.maxValue).toPixels) : EMPTY,
    flowMax,
  };
}

/** Arc positions with the colours of a theme and colour scheme: rebuilt only when those change. */
export function packArcGeometry(packed: PackedMetric, theme: Theme, colorBy: ColorBy): ArcGeometry {
  const items = packed.flows?.items ?? [];
  const tilts = Float32Array.from(items, (f) => ARC_TILT[f.direction] ?? 20);
  return arcGeometry(items.length, packed.flowSource, packed.flowTarget, packColors(items, (f) => flowColor(theme, colorBy, f)), tilts);
}

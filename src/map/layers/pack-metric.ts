import type { Flow, Frames, MetricFrames, PlaceTotal } from "../../data/frames/build-frames";
import { arcGeometry, type ArcGeometry } from "./arcs-layer";
import { packArcColors, packPositions, packSizes, type ArcColors } from "./frame-attributes";
import { totalsGeometry, type TotalsGeometry } from "./totals-layer";
import { lockedRadiusScale, lockedWidthScale } from "./flow-scale";
import type { ColorBy, Theme } from "./palette";

/** Everything the map needs for one metric, packed as typed arrays once; month steps only slice it. */
export interface PackedMetric {
  flows: MetricFrames<Flow> | undefined;
  flowSource: Float64Array;
  flowTarget: Float64Array;
  /** Month-major pixel widths */
  flowWidths: Float32Array;
  totals: MetricFrames<PlaceTotal> | undefined;
  totalsGeometry: TotalsGeometry;
  /** Month-major pixel radii */
  totalRadii: Float32Array;
}

export function packMetric(frames: Frames | null, metric: string): PackedMetric {
  const flows = frames?.flows.get(metric);
  const totals = frames?.totals.get(metric);
  return {
    flows,
    flowSource: packPositions((flows?.items ?? []).map((f) => f.source)),
    flowTarget: packPositions((flows?.items ?? []).map((f) => f.target)),
    flowWidths: flows ? packSizes(flows, lockedWidthScale(flows.maxValue).toPixels) : new Float32Array(0),
    totals,
    totalsGeometry: totalsGeometry(totals?.items.length ?? 0, packPositions((totals?.items ?? []).map((t) => t.position))),
    totalRadii: totals ? packSizes(totals, lockedRadiusScale(totals.maxValue).toPixels) : new Float32Array(0),
  };
}

/** Arc positions with the colours of a theme and colour scheme: rebuilt only when those change. */
export function packArcGeometry(packed: PackedMetric, theme: Theme, colorBy: ColorBy): ArcGeometry {
  const colors: ArcColors = packArcColors(packed.flows?.items ?? [], theme, colorBy);
  return arcGeometry(packed.flows?.items.length ?? 0, packed.flowSource, packed.flowTarget, colors);
}

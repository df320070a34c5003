import { useMemo } from "react";
import { monthSlice } from "../data/frames/build-frames";
import { flowStates, withTopN } from "../state/selectors/flow-focus";
import { useExplorerStore } from "../state/store";
import { packArcGeometry, packMetric, type PackedMetric } from "./layers/pack-metric";
import type { ArcGeometry } from "./layers/arcs-layer";

export interface FlowDrawing {
  packed: PackedMetric;
  arcs: ArcGeometry;
  fromOffset: number;
  toOffset: number;
  arcStates: Float32Array;
  corridorStates: Float32Array;
  totalStates: Float32Array;
  /** A key that changes whenever the states do: deck.gl's update trigger for them */
  statesVersion: string;
}

/**
 * What the flows of the current metric look like this month: packed once per metric, states once
 * per filter or focus change, the top-N threshold once per month. Shared by the deck.gl arcs and the
 * MapLibre corridors and circles, so both agree.
 */
export function useFlowDrawing(): FlowDrawing {
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const previousMonth = useExplorerStore((s) => s.previousMonth);
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const filters = useExplorerStore((s) => s.filters);
  const pinned = useExplorerStore((s) => s.pinned);

  const packed = useMemo(() => packMetric(frames, metric), [frames, metric]);
  const arcs = useMemo(() => packArcGeometry(packed, theme, colorBy), [packed, theme, colorBy]);
  const first = frames?.months[0] ?? 0;
  const toOffset = month !== null ? month - first : 0;
  const fromOffset = previousMonth !== null && previousMonth >= first && previousMonth - first < (frames?.months.length ?? 0) ? previousMonth - first : toOffset;
  const states = useMemo(() => {
    if (!data) return { arcStates: new Float32Array(0), corridorStates: new Float32Array(0), totalStates: new Float32Array(0), version: "" };
    const [arcStates = new Float32Array(0), corridorStates = new Float32Array(0), totalStates = new Float32Array(0)] = flowStates(
      [packed.flows?.items ?? [], packed.corridors?.items ?? [], packed.totals?.items ?? []],
      data,
      filters,
      pinned,
    );
    return { arcStates, corridorStates, totalStates, version: `${metric}|${JSON.stringify(filters)}|${pinned?.type ?? ""}:${pinned?.id ?? ""}` };
  }, [data, packed, filters, pinned, metric]);
  const flowCount = packed.flows?.items.length ?? 0;
  const corridorCount = packed.corridors?.items.length ?? 0;
  // Top N changes with the month; without it the states stay the same arrays from month to month.
  const monthStates = useMemo(() => {
    if (!filters.topN) return { arcStates: states.arcStates, corridorStates: states.corridorStates, version: states.version };
    const [arcStates = states.arcStates, corridorStates = states.corridorStates] = withTopN(
      [monthSlice(packed.flows?.values ?? new Float32Array(0), toOffset, flowCount), monthSlice(packed.corridors?.values ?? new Float32Array(0), toOffset, corridorCount)],
      [states.arcStates, states.corridorStates],
      filters.topN,
    );
    return { arcStates, corridorStates, version: `${states.version}|top@${toOffset}` };
  }, [packed, toOffset, flowCount, corridorCount, states, filters.topN]);
  return { packed, arcs, fromOffset, toOffset, arcStates: monthStates.arcStates, corridorStates: monthStates.corridorStates, totalStates: states.totalStates, statesVersion: monthStates.version };
}

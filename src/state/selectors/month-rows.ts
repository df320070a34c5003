import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Figure, MonthlyValue, Series, Source } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import type { FlowFilters } from "../store";
import { monthSlice } from "../../data/frames/build-frames";
import { flowStates, withTopN } from "./flow-focus";
import { FLOW_STATE } from "./flow-state";
import { lookups, sourcesOfFigures, valueAt } from "./lookups";
import { notOnMap } from "./not-on-map";

export type DrawnAs = "arc" | "corridor" | "circle" | "not drawn";

/** One series with a value at the month, as the table, the CSV and the summary show it. */
export interface MonthRow {
  series: Series;
  cell: MonthlyValue;
  drawnAs: DrawnAs;
  figures: Figure[];
  sources: Source[];
  /** The value a year earlier and a month earlier, where the series has them (never invented) */
  yearBefore?: MonthlyValue;
  monthBefore?: MonthlyValue;
}

/**
 * Everything the metric has at a month that the reader can see: each flow, corridor and circle
 * drawn (and not filtered out), and each series listed beside the map. Largest value first.
 */
export function monthRows(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters): MonthRow[] {
  const l = lookups(data);
  const offset = month - (frames.months[0] ?? 0);
  const layouts = [
    { drawnAs: "arc", layout: frames.flows.get(metric) },
    { drawnAs: "corridor", layout: frames.corridors.get(metric) },
    { drawnAs: "circle", layout: frames.totals.get(metric) },
  ] as const;
  const filtered = flowStates(layouts.map((k) => k.layout?.items ?? []), data, filters, null);
  // Top N ranks arcs and corridors together at this month, as the map does; circles are totals, never ranked.
  const slice = (layout: (typeof layouts)[number]["layout"]) => monthSlice(layout?.values ?? new Float32Array(0), offset, layout?.items.length ?? 0);
  const [arcStates, corridorStates] = withTopN([slice(layouts[0].layout), slice(layouts[1].layout)], [filtered[0] ?? new Float32Array(0), filtered[1] ?? new Float32Array(0)], filters.topN);
  const states = [arcStates, corridorStates, filtered[2]];
  const shown: { key: string; drawnAs: DrawnAs }[] = [];
  const hidden = new Set<string>();
  layouts.forEach(({ drawnAs, layout }, k) => {
    if (!layout) return;
    const n = layout.items.length;
    layout.items.forEach((item, i) => {
      if (states[k]?.[i] === FLOW_STATE.hidden) hidden.add(item.seriesKey);
      else if (Number.isFinite(layout.values[offset * n + i])) shown.push({ key: item.seriesKey, drawnAs });
    });
  });
  // A series listed beside the map goes with the drawing it shares (or its own, when its month is flagged).
  for (const listed of notOnMap(frames, metric, month)) {
    if (!hidden.has(listed.with ?? listed.seriesKey)) shown.push({ key: listed.seriesKey, drawnAs: "not drawn" });
  }
  const rows = shown.flatMap(({ key, drawnAs }): MonthRow[] => {
    const series = l.series.get(key);
    const cell = series ? valueAt(series, month) : undefined;
    if (!series || !cell) return [];
    const yearBefore = valueAt(series, month - 12);
    const monthBefore = valueAt(series, month - 1);
    return [
      {
        series,
        cell,
        drawnAs,
        figures: cell.figureIds.flatMap((id) => l.figures.get(id) ?? []),
        sources: sourcesOfFigures([...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)], l),
        ...(yearBefore && !yearBefore.negative ? { yearBefore } : {}),
        ...(monthBefore && !monthBefore.negative ? { monthBefore } : {}),
      },
    ];
  });
  return rows.sort((a, b) => (b.cell.negative ? -Infinity : b.cell.value) - (a.cell.negative ? -Infinity : a.cell.value));
}

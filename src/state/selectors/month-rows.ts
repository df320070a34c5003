import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Figure, MonthlyValue, Series, Source } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import type { FlowFilters } from "../store";
import { flowStates } from "./flow-focus";
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
  const states = flowStates(layouts.map((k) => k.layout?.items ?? []), data, filters, null);
  const shown: { key: string; drawnAs: DrawnAs }[] = [];
  layouts.forEach(({ drawnAs, layout }, k) => {
    if (!layout) return;
    const n = layout.items.length;
    layout.items.forEach((item, i) => {
      if (Number.isFinite(layout.values[offset * n + i]) && states[k]?.[i] !== FLOW_STATE.hidden) shown.push({ key: item.seriesKey, drawnAs });
    });
  });
  for (const listed of notOnMap(frames, metric, month)) shown.push({ key: listed.seriesKey, drawnAs: "not drawn" });
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

import type { Frames } from "../data/frames/build-frames";
import type { CompiledPackage } from "../data/model";
import { formatMonth, type MonthIndex } from "../data/month";
import { unitDefinition } from "../data/units";
import { flowStates } from "../state/selectors/flow-focus";
import { FLOW_STATE } from "../state/selectors/flow-state";
import { lookups, sourcesOfFigures, valueAt } from "../state/selectors/lookups";
import { notOnMap } from "../state/selectors/not-on-map";
import { figurePeriod } from "../state/selectors/provenance";
import type { FlowFilters } from "../state/store";

export const CSV_COLUMNS = [
  "month", "metric", "origin", "destination", "direction", "subject", "drawn_as", "value", "unit", "qualifier", "method", "from_figures", "sources",
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** A computed value with the precision it deserves: no more digits than a float32 frame would suggest. */
const number = (value: number) => String(Number(value.toPrecision(6)));

/**
 * What is on screen this month as rows: every flow, corridor and circle drawn (and not filtered out)
 * and every series listed beside the map, with its unit, how the monthly value was obtained, the
 * figures it came from and their sources. The same values the panel shows.
 */
export function csvRows(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters): CsvRow[] {
  const l = lookups(data);
  const offset = month - (frames.months[0] ?? 0);
  const layouts = [
    { kind: "arc", layout: frames.flows.get(metric) },
    { kind: "corridor", layout: frames.corridors.get(metric) },
    { kind: "circle", layout: frames.totals.get(metric) },
  ] as const;
  const states = flowStates(layouts.map((k) => k.layout?.items ?? []), data, filters, null);
  const shown: { key: string; drawnAs: string }[] = [];
  layouts.forEach(({ kind, layout }, k) => {
    if (!layout) return;
    const n = layout.items.length;
    layout.items.forEach((item, i) => {
      if (Number.isFinite(layout.values[offset * n + i]) && states[k]?.[i] !== FLOW_STATE.hidden) shown.push({ key: item.seriesKey, drawnAs: kind });
    });
  });
  for (const listed of notOnMap(frames, metric, month)) shown.push({ key: listed.seriesKey, drawnAs: "not drawn" });
  return shown.flatMap(({ key, drawnAs }) => {
    const series = l.series.get(key);
    const cell = series ? valueAt(series, month) : undefined;
    if (!series || !cell) return [];
    const figures = cell.figureIds.flatMap((id) => l.figures.get(id) ?? []);
    return [
      {
        month: formatMonth(month),
        metric,
        origin: series.origin,
        destination: series.destination,
        direction: series.direction,
        subject: series.subject ?? "",
        drawn_as: drawnAs,
        value: cell.negative ? "" : number(cell.value),
        unit: unitDefinition(series.unit)?.base ?? series.unit,
        qualifier: cell.bound ?? (cell.approx ? "≈" : ""),
        method: cell.negative ? `${cell.method} (negative: totals disagree)` : cell.method,
        from_figures: figures.map((f) => `${f.id} (${figurePeriod(f)}: ${f.bound ?? (f.approx ? "≈" : "")}${f.value} ${f.unit})`).join("; "),
        sources: sourcesOfFigures(cell.figureIds, l)
          .map((s) => [s.outlet, s.title, s.date ?? "undated", s.url ?? ""].filter(Boolean).join(", "))
          .join(" | "),
      },
    ];
  });
}

import type { Frames } from "../data/frames/build-frames";
import type { CompiledPackage } from "../data/model";
import { formatMonth, type MonthIndex } from "../data/month";
import { monthRows } from "../state/selectors/month-rows";
import { figurePeriod } from "../state/selectors/provenance";
import type { FlowFilters } from "../state/store";

export const CSV_COLUMNS = [
  "month", "metric", "origin", "destination", "direction", "subject", "drawn_as", "value", "unit", "qualifier", "method", "from_figures", "sources",
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** A computed value with the precision it deserves: no more digits than a float32 frame would suggest. */
const number = (value: number) => String(Number(value.toPrecision(6)));

/**
 * What is on screen this month as rows, the same rows the table shows: every flow, corridor and
 * circle drawn (and not filtered out) and every series listed beside the map, with its unit, how the
 * monthly value was obtained, the figures it came from and their sources.
 */
export function csvRows(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters): CsvRow[] {
  return monthRows(data, frames, metric, month, filters).map(({ series, cell, drawnAs, figures, sources }) => ({
    month: formatMonth(month),
    metric,
    origin: series.origin,
    destination: series.destination,
    direction: series.direction,
    subject: series.subject ?? "",
    drawn_as: drawnAs,
    value: cell.negative ? "" : number(cell.value),
    unit: series.unit,
    qualifier: cell.bound ?? (cell.approx ? "≈" : ""),
    method: cell.negative ? `${cell.method} (negative: totals disagree)` : cell.method,
    from_figures: figures.map((f) => `${f.id} (${figurePeriod(f)}: ${f.bound ?? (f.approx ? "≈" : "")}${f.value} ${f.unit})`).join("; "),
    sources: sources.map((s) => [s.outlet, s.title, s.date ?? "undated", s.url ?? ""].filter(Boolean).join(", ")).join(" | "),
  }));
}

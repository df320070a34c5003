import type { ConsistencyCheck, MonthlyValue, SourceConflict } from "../model";
import { formatMonth, type MonthIndex } from "../month";
import { unitDefinition } from "../units";
import type { Candidate } from "./candidates";

/** What the placing steps of one series write into: the months, the checks and what stays off the time line. */
export interface SeriesContext {
  key: string;
  cells: Map<MonthIndex, MonthlyValue>;
  checks: ConsistencyCheck[];
  conflicts: SourceConflict[];
  unplaced: { figureId: string; reason: string }[];
  /** Published rounding of each figure, in base units, by figure id. */
  rounding: Map<string, number>;
}

export function formatInUnit(value: number, unit: string): string {
  const factor = unitDefinition(unit)?.factor ?? 1;
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 3 }).format(value / factor)} ${unit}`.trim();
}

export function formatMonths(first: MonthIndex, last: MonthIndex): string {
  return first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
}

/** Records a period whose sources disagree, once per period, for `data:check` to report. */
export function noteConflict(ctx: SeriesContext, start: MonthIndex, end: MonthIndex, candidates: readonly Candidate[]): void {
  if (candidates.length < 2 || ctx.conflicts.some((c) => c.start === start && c.end === end)) return;
  const unit = candidates[0]?.unit ?? "";
  const values = candidates.map((c) => ({ ...c.q, figureIds: [...c.figureIds] }));
  const described = candidates
    .map((c) => `${c.q.bound ?? (c.q.approx ? "≈" : "")}${formatInUnit(c.q.value, unit)} (${c.figureIds.join(", ")})`)
    .join(" vs ");
  ctx.conflicts.push({
    seriesKey: ctx.key,
    start,
    end,
    values,
    message: `${formatMonths(start, end)}: sources disagree: ${described}; both are kept and shown`,
  });
}

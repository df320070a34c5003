import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, MonthlyValue, Series } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import type { FlowFilters } from "../store";
import { valueAt } from "./lookups";
import { monthRows, type MonthRow } from "./month-rows";
import { monthsWithData } from "./months-with-data";

/** How many of the largest series the summary names. */
export const SUMMARY_LARGEST = 3;
/** How many gaps it names before "and N more". */
export const SUMMARY_GAPS = 3;

export interface Change {
  /** Percent change; computed only between two months that were published or derived, never from spread averages */
  pct: number;
  from: MonthIndex;
}

export interface SummaryItem {
  series: Series;
  cell: MonthlyValue;
  monthBefore?: Change;
  yearBefore?: Change;
}

export interface MonthSummary {
  month: MonthIndex;
  metric: string;
  /** Series with a value this month, drawn or listed beside the map (after the reader's filters) */
  count: number;
  largest: SummaryItem[];
  /** Series with figures before and after this month but none for it: a gap, shown as one */
  gaps: Series[];
  /** Series whose published totals give a negative month: flagged, not drawn */
  disagree: Series[];
  /** When nothing is published for the month: the closest month that has something */
  nearest: MonthIndex | null;
  /** Some named value is a spread average, so it is not compared with other months */
  spreadNamed: boolean;
}

const comparable = (cell: MonthlyValue | undefined): cell is MonthlyValue => cell !== undefined && !cell.negative && cell.method !== "spread" && cell.value > 0;

/** The change from an earlier month, only when both values were published or derived (a spread value is an average). */
export function change(now: MonthlyValue, then: MonthlyValue | undefined): Change | undefined {
  if (!comparable(now) || !comparable(then)) return undefined;
  return { pct: ((now.value - then.value) / then.value) * 100, from: then.month };
}

function itemOf(row: MonthRow): SummaryItem {
  const monthBefore = change(row.cell, row.monthBefore);
  const yearBefore = change(row.cell, row.yearBefore);
  return { series: row.series, cell: row.cell, ...(monthBefore ? { monthBefore } : {}), ...(yearBefore ? { yearBefore } : {}) };
}

/**
 * What a month of a metric says, for the written summary (and the alt text of embeds and images):
 * the largest series with their change from the month before and from a year before where both are
 * published or derived, the gaps, the months where totals disagree, and the nearest month with
 * figures when this one has none. Nothing is estimated to fill a gap.
 */
export function monthSummary(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters): MonthSummary {
  const rows = monthRows(data, frames, metric, month, filters);
  const valued = rows.filter((r) => !r.cell.negative);
  const largest = valued.slice(0, SUMMARY_LARGEST).map(itemOf);
  const shown = new Set(rows.map((r) => r.series.key));
  const gaps = data.series.filter((s) => {
    if (s.metric !== metric || shown.has(s.key) || valueAt(s, month)) return false;
    const first = s.values[0]?.month;
    const last = s.values[s.values.length - 1]?.month;
    return first !== undefined && last !== undefined && first < month && month < last;
  });
  let nearest: MonthIndex | null = null;
  if (valued.length === 0) {
    const has = monthsWithData(frames, metric);
    for (const [i, m] of frames.months.entries()) {
      if (!has[i] || m === month) continue;
      if (nearest === null || Math.abs(m - month) < Math.abs(nearest - month) || (Math.abs(m - month) === Math.abs(nearest - month) && m < nearest)) nearest = m;
    }
  }
  return {
    month,
    metric,
    count: valued.length,
    largest,
    gaps,
    disagree: rows.filter((r) => r.cell.negative).map((r) => r.series),
    nearest,
    spreadNamed: largest.some((item) => item.cell.method === "spread"),
  };
}

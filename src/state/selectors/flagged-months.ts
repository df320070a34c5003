import type { CompiledPackage, Series } from "../../data/model";
import { monthRange, type MonthIndex } from "../../data/month";

/** Months of a series whose consistency check failed, for the chart to outline. */
export function flaggedMonths(data: CompiledPackage, series: Series | undefined): Set<MonthIndex> {
  const months = new Set<MonthIndex>();
  if (!series) return months;
  for (const check of data.checks) {
    if (!check.ok && check.seriesKey === series.key) monthRange(check.span[0], check.span[1]).forEach((m) => months.add(m));
  }
  return months;
}

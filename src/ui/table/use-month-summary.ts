import { useMemo } from "react";
import { summaryText } from "../../format/summary-text";
import { monthSummary } from "../../state/selectors/month-summary";
import { NO_FILTERS, useExplorerStore, type ExplorerState } from "../../state/store";
import { useShownMonth } from "../../state/use-shown-month";

const filtersOn = (filters: ExplorerState["filters"]) => Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof typeof NO_FILTERS]);

/** The written summary of what is on screen, from a snapshot of the store (for exports and snippets). */
export function summaryOf(state: Pick<ExplorerState, "data" | "frames" | "metric" | "month" | "filters">): string {
  const { data, frames, metric, month, filters } = state;
  if (!data || !frames || month === null) return "";
  return summaryText(data, monthSummary(data, frames, metric, month, filters), filtersOn(filters));
}

/** The written summary of the month on screen, in the reader's language. */
export function useMonthSummaryText(): string {
  const { data, frames, metric, month, filters } = useShownMonth();
  const lang = useExplorerStore((s) => s.lang);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => summaryOf({ data, frames, metric, month, filters }), [data, frames, metric, month, filters, lang]);
}

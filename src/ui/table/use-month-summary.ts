import { useMemo } from "react";
import { summaryText } from "../../format/summary-text";
import { monthSummary } from "../../state/selectors/month-summary";
import { NO_FILTERS, useExplorerStore, type ExplorerState } from "../../state/store";
import { memoizeLast } from "../../state/memoize-last";
import { useShownMonth } from "../../state/use-shown-month";

const filtersOn = (filters: ExplorerState["filters"]) => Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof typeof NO_FILTERS]);

/** The written summary of what is on screen, from a snapshot of the store (for exports and snippets). */
export function summaryOf(state: Pick<ExplorerState, "data" | "frames" | "metric" | "month" | "filters">): string {
  const { data, frames, metric, month, filters } = state;
  if (!data || !frames || month === null) return "";
  return summaryText(data, monthSummary(data, frames, metric, month, filters), filtersOn(filters));
}

// The panel and the data view's live region both show the summary: a month is put into words once.
// The language is an argument (unused inside: the words come from i18n) so that a switch writes it anew.
const sharedSummary = memoizeLast(
  (data: ExplorerState["data"], frames: ExplorerState["frames"], metric: string, month: ExplorerState["month"], filters: ExplorerState["filters"], _lang: string) =>
    summaryOf({ data, frames, metric, month, filters }),
);

/** The written summary of the month on screen, in the reader's language. */
export function useMonthSummaryText(): string {
  const { data, frames, metric, month, filters } = useShownMonth();
  const lang = useExplorerStore((s) => s.lang);
  return useMemo(() => sharedSummary(data, frames, metric, month, filters, lang), [data, frames, metric, month, filters, lang]);
}

import { useExplorerStore } from "../../state/store";
import { useMonthSummaryText } from "./use-month-summary";

/** The id the map canvas and embeds point to (aria-describedby): the summary is the graphic's text alternative. */
export const SUMMARY_ID = "month-summary";

/**
 * The month in words, read out politely when the reader changes month or metric, and silent while
 * the timeline plays (a sentence a second would drown everything else out).
 */
export function MonthSummary() {
  const text = useMonthSummaryText();
  const playing = useExplorerStore((s) => s.playing);
  return (
    <p id={SUMMARY_ID} className="month-summary" aria-live={playing ? "off" : "polite"} aria-atomic="true">
      {text}
    </p>
  );
}

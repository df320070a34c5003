import { useMemo } from "react";
import { formatMonthLong } from "../format/format-month";
import { useT } from "../i18n/use-t";
import { metricLabel } from "../state/selectors/labels";
import { drawnAt, notOnMap } from "../state/selectors/not-on-map";
import { useExplorerStore } from "../state/store";
import { useShownMonth } from "../state/use-shown-month";

/**
 * A word over a map that draws nothing this month, so an empty map never reads as "no trade": on a
 * phone the month's summary is folded away in the sheet. The summary says the same to screen readers.
 */
export function EmptyMonthNote() {
  const t = useT();
  const { data, frames, metric, month } = useShownMonth();
  const show = useExplorerStore((s) => s.show);
  const mapStatus = useExplorerStore((s) => s.mapStatus);
  const state = useMemo(() => {
    if (!frames || month === null) return null;
    if (drawnAt(frames, metric, month).length > 0) return null;
    return notOnMap(frames, metric, month).length > 0 ? "listed" : "none";
  }, [frames, metric, month]);
  if (!data || month === null || state === null || show === "table" || mapStatus !== "ok") return null;
  const words = { metric: metricLabel(data, metric), month: formatMonthLong(month) };
  return (
    <p className="empty-month-note" aria-hidden="true">
      {state === "none" ? t("map.nothingPublished", words) : t("map.nothingDrawable", words)}
    </p>
  );
}

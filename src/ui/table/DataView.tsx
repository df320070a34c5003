import { formatMonthLong } from "../../format/format-month";
import { useT } from "../../i18n/use-t";
import { markFirstViewDrawn } from "../../state/actions";
import { metricLabel } from "../../state/selectors/labels";
import { useExplorerStore } from "../../state/store";
import { AfterFirstView } from "../deferred/AfterFirstView";
import { FeatureTable } from "./FeatureTable";
import { FlowTable } from "./FlowTable";
import { MonthSummary } from "./MonthSummary";

/**
 * The month as text: the summary and the tables. Shown in place of the map when the reader asks for
 * the table or the map cannot be drawn; otherwise still there for screen readers, and shown as soon
 * as keyboard focus enters it. Behind the map, the tables come once the opening view is drawn; the
 * summary (the map's description) comes with the map.
 */
export function DataView() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const show = useExplorerStore((s) => s.show);
  const mapStatus = useExplorerStore((s) => s.mapStatus);
  if (!data || month === null) return null;
  const shown = show === "table" || mapStatus !== "ok";
  return (
    // Focus reaching the tables (the skip link, Tab) renders them at once, drawn map or not.
    <section id="data-view" tabIndex={-1} className={`data-view ${shown ? "shown" : "offscreen"}`} aria-labelledby="data-view-title" onFocus={markFirstViewDrawn}>
      <h2 id="data-view-title">{t("table.title", { metric: metricLabel(data, metric), month: formatMonthLong(month) })}</h2>
      {mapStatus !== "ok" ? (
        <p className="data-view-alert" role="alert">
          {t(mapStatus === "failing" ? "map.keepsFailing" : "map.unavailable")}
        </p>
      ) : null}
      <MonthSummary />
      <AfterFirstView>
        <FlowTable />
        <FeatureTable />
      </AfterFirstView>
    </section>
  );
}

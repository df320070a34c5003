import { useEffect, useRef } from "react";
import { reportFrameHeight } from "../embed/frame-height";
import { formatMonthLong } from "../format/format-month";
import { useT } from "../i18n/use-t";
import { pin } from "../state/actions";
import { localized, metricLabel } from "../state/selectors/labels";
import { useExplorerStore } from "../state/store";
import { Legend } from "../ui/Legend";
import { SelectionDetails } from "../ui/SelectionDetails";
import { viewLink, appUrlOf } from "../ui/share/snippets";
import { SourceLine } from "../ui/SourceLine";
import { StatusOverlay } from "../ui/StatusOverlay";
import { PINNED_DETAILS_ID } from "../ui/table/show-on-map";
import { Timeline } from "../ui/Timeline";
import { ViewSwitch } from "../ui/ViewSwitch";
import { MapSlot } from "./MapSlot";
import { currentViewSearch } from "./use-url-sync";

/**
 * Compact chrome for a news page's column (300–700 px): title and month, the map, a compact legend,
 * the timeline, and always the source line, "Get the data" and a link to the same view in the full
 * explorer. The page reports its height to the host page, which resizes the iframe.
 */
export function EmbedLayout() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const pinned = useExplorerStore((s) => s.pinned);
  useExplorerStore((s) => s.camera);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => (root.current ? reportFrameHeight(root.current) : undefined), []);
  const full = viewLink({ appUrl: appUrlOf(window.location), search: currentViewSearch(), title: "" });
  return (
    <div className="embed" ref={root}>
      <header className="embed-header">
        <h1>{data ? localized(data.dataset.title) : t("app.title")}</h1>
        <div className="embed-subline">
          {data && month !== null ? <p className="embed-subtitle">{`${metricLabel(data, metric)} · ${formatMonthLong(month)}`}</p> : null}
          <ViewSwitch />
        </div>
      </header>
      <MapSlot className="embed-map">
        {pinned && data && month !== null ? (
          <section className="embed-details" id={PINNED_DETAILS_ID} tabIndex={-1} data-covers-map="" aria-label={t("panel.detailsLabel")}>
            <button type="button" className="close-button" onClick={() => pin(null)} aria-label={t("panel.closeDetails")}>
              ×
            </button>
            <SelectionDetails data={data} selection={pinned} month={month} metric={metric} compact />
          </section>
        ) : null}
        <StatusOverlay />
      </MapSlot>
      <Legend compact />
      <Timeline />
      <footer className="embed-footer">
        <SourceLine maxOutlets={3} />
        <p className="embed-links">
          <a href={`${full}#all-sources`} target="_blank" rel="noopener">
            {t("embed.allSources")}
          </a>
          {" · "}
          <button type="button" className="link-button" onClick={() => void import("../export/export-view").then((m) => m.exportCsv())}>
            {t("export.csv")}
          </button>
          {" · "}
          <a href={full} target="_blank" rel="noopener">
            {t("embed.openFull")}
          </a>
        </p>
      </footer>
    </div>
  );
}

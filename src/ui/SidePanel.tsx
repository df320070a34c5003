import { lazy, Suspense, useState } from "react";
import { useT } from "../i18n/use-t";
import { pin, setPanelOpen } from "../state/actions";
import { localized } from "../state/selectors/labels";
import { onScreenSources } from "../state/selectors/on-screen-sources";
import { useExplorerStore } from "../state/store";
import { Legend } from "./Legend";
import { DisplayOptions } from "./panel/DisplayOptions";
import { FlowFilters } from "./panel/FlowFilters";
import { MetricControl } from "./panel/MetricControl";
import { NotOnMap } from "./panel/NotOnMap";
import { PlaceSearch } from "./panel/PlaceSearch";
import { SelectionDetails } from "./SelectionDetails";
import { SourceLine } from "./SourceLine";
import { SourceList } from "./SourceList";
import { ExportMenu } from "./ExportMenu";
import { OpenPackage } from "./package/OpenPackage";
import { PackageReport } from "./package/PackageReport";
import { useGhostClickGuard } from "./use-ghost-click-guard";

const ShareDialog = lazy(() => import("./share/ShareDialog").then((m) => ({ default: m.ShareDialog })));

/** Title, metric, search, filters, the pinned details, what is not drawn, legend and options; a bottom sheet on phones. */
export function SidePanel() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const filters = useExplorerStore((s) => s.filters);
  const pinned = useExplorerStore((s) => s.pinned);
  const open = useExplorerStore((s) => s.panelOpen);
  const guard = useGhostClickGuard(pinned);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const [sharing, setSharing] = useState(false);
  if (!data) return null;
  const sources = frames && month !== null ? onScreenSources(data, frames, metric, month, filters).sources : [];
  return (
    <aside className={`side-panel${open ? " open" : " closed"}`} aria-label={t("app.title")} onPointerDownCapture={guard} onMouseDownCapture={guard} onClickCapture={guard}>
      <button type="button" className="panel-toggle" onClick={() => setPanelOpen(!open)} aria-expanded={open} aria-controls="panel-body">
        {open ? t("panel.close") : t("panel.open")}
      </button>
      <div id="panel-body" className="panel-body" hidden={!open}>
        <header className="panel-header">
          <h1>{localized(data.dataset.title)}</h1>
          <button type="button" className="share-button" onClick={() => setSharing(true)}>
            {t("share.open")}
          </button>
        </header>
        {sharing ? (
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setSharing(false)} />
          </Suspense>
        ) : null}
        <PackageReport />
        <MetricControl />
        <PlaceSearch />
        <FlowFilters />
        {pinned && month !== null ? (
          <section className="pinned" aria-live="polite">
            <button type="button" className="close-button" onClick={() => pin(null)} aria-label={t("panel.closeDetails")}>
              ×
            </button>
            <SelectionDetails data={data} selection={pinned} month={month} metric={metric} compact={false} />
          </section>
        ) : (
          <p className="hint">{t("panel.pinnedHint")}</p>
        )}
        <NotOnMap />
        <Legend />
        <DisplayOptions />
        <ExportMenu />
        <OpenPackage />
        <section className="about">
          <h3>{t("about.title")}</h3>
          <p>{localized(data.dataset.description) || t("about.note")}</p>
          <p>{t("about.note")}</p>
          <SourceLine onShowAll={() => setSourcesOpen(true)} />
          <details open={sourcesOpen} onToggle={(e) => setSourcesOpen(e.currentTarget.open)} id="all-sources">
            <summary>{t("sources.all")}</summary>
            <SourceList sources={sources} />
          </details>
        </section>
      </div>
    </aside>
  );
}

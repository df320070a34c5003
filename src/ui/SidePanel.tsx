import { lazy, Suspense, useState } from "react";
import { useT } from "../i18n/use-t";
import { markFirstViewDrawn, pin, setPanelOpen } from "../state/actions";
import { localized } from "../state/selectors/labels";
import { onScreenSources } from "../state/selectors/on-screen-sources";
import { useExplorerStore } from "../state/store";
import { ExportMenu } from "./ExportMenu";
import { LanguageSelect } from "./LanguageSelect";
import { Legend } from "./Legend";
import { OpenPackage } from "./package/OpenPackage";
import { PackageReport } from "./package/PackageReport";
import { DisplayOptions } from "./panel/DisplayOptions";
import { FlowFilters } from "./panel/FlowFilters";
import { MetricControl } from "./panel/MetricControl";
import { NotOnMap } from "./panel/NotOnMap";
import { PlaceSearch } from "./panel/PlaceSearch";
import { SelectionDetails } from "./SelectionDetails";
import { SourceLine } from "./SourceLine";
import { SourceList } from "./SourceList";
import { PINNED_DETAILS_ID } from "./table/show-on-map";
import { useMonthSummaryText } from "./table/use-month-summary";
import { useGhostClickGuard } from "./use-ghost-click-guard";
import { useHeightVariable } from "./use-height-variable";
import { ViewSwitch } from "./ViewSwitch";
import { AfterFirstView } from "./deferred/AfterFirstView";
import { LazyDetails } from "./deferred/LazyDetails";
import { useShownMonth } from "../state/use-shown-month";

const ShareDialog = lazy(() => import("./share/ShareDialog").then((m) => ({ default: m.ShareDialog })));

/** Every source of what the month shows: rendered only once the reader opens the list. */
function OnScreenSourceList() {
  const { data, frames, metric, month, filters } = useShownMonth();
  const sources = data && frames && month !== null ? onScreenSources(data, frames, metric, month, filters).sources : [];
  return <SourceList sources={sources} />;
}

/**
 * Title, language, map or table, metric and a compact legend on top (on a phone they stay visible
 * above the map); below them, the pinned details, search, filters, what is not drawn, the legend,
 * options, downloads and sources (a bottom sheet on phones).
 */
export function SidePanel() {
  const t = useT();
  const { data, metric, month } = useShownMonth();
  const pinned = useExplorerStore((s) => s.pinned);
  const open = useExplorerStore((s) => s.panelOpen);
  const show = useExplorerStore((s) => s.show);
  const summary = useMonthSummaryText();
  const guard = useGhostClickGuard(pinned);
  const topRef = useHeightVariable("--panel-top-height");
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const [sharing, setSharing] = useState(false);
  if (!data) return null;
  const description = localized(data.dataset.description);
  const share = (
    <button type="button" className="share-button" onClick={() => setSharing(true)}>
      {t("share.open")}
    </button>
  );
  return (
    <aside className={`side-panel${open ? " open" : " closed"}`} aria-label={t("panel.label")} onPointerDownCapture={guard} onMouseDownCapture={guard} onClickCapture={guard}>
      <div className="panel-top" ref={topRef}>
        <header className="panel-header">
          <h1>{localized(data.dataset.title)}</h1>
          <div className="panel-actions">
            <ViewSwitch />
            <span className="wide-only">{share}</span>
            <span className="wide-only">
              <LanguageSelect id="language-select" />
            </span>
          </div>
        </header>
        <MetricControl />
        <div className="top-legend">
          <Legend compact />
        </div>
        <button type="button" className="panel-toggle" onClick={() => setPanelOpen(!open)} aria-expanded={open} aria-controls="panel-body">
          <span className="wide-only">{open ? t("panel.close") : t("panel.open")}</span>
          <span className="narrow-only">{open ? t("panel.less") : t("panel.more")}</span>
        </button>
      </div>
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      ) : null}
      {/* A keyboard reader reaching the panel's body gets all of it at once. */}
      <div id="panel-body" className="panel-body" hidden={!open} data-covers-map="" onFocus={markFirstViewDrawn}>
        {show === "map" ? (
          <p className="panel-summary" aria-hidden="true">
            {summary}
          </p>
        ) : null}
        <PackageReport />
        {pinned && month !== null ? (
          <section className="pinned" id={PINNED_DETAILS_ID} tabIndex={-1} aria-label={t("panel.detailsLabel")}>
            <button type="button" className="close-button" onClick={() => pin(null)} aria-label={t("panel.closeDetails")}>
              ×
            </button>
            <SelectionDetails data={data} selection={pinned} month={month} metric={metric} compact={false} />
          </section>
        ) : (
          <p className="hint">{t("panel.pinnedHint")}</p>
        )}
        <PlaceSearch />
        <FlowFilters />
        <NotOnMap />
        {/* Below the first screen (and inside the closed sheet on a phone): after the opening view. */}
        <AfterFirstView>
          <Legend />
          <DisplayOptions />
        </AfterFirstView>
        <div className="narrow-only narrow-actions">
          {share}
          <LanguageSelect id="language-select-narrow" />
        </div>
        <AfterFirstView>
          <ExportMenu />
          <OpenPackage />
          <section className="about">
            <h2>{t("about.title")}</h2>
            {description ? <p>{description}</p> : null}
            <p>{t("about.note")}</p>
            <SourceLine onShowAll={() => setSourcesOpen(true)} />
            <LazyDetails summary={t("sources.all")} id="all-sources" open={sourcesOpen} onToggle={setSourcesOpen}>
              <OnScreenSourceList />
            </LazyDetails>
          </section>
        </AfterFirstView>
      </div>
    </aside>
  );
}

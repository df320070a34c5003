import { strings } from "../i18n/strings";
import { pin, setColorBy, setLayerVisible, setMetric, setPanelOpen, setTheme } from "../state/actions";
import { useExplorerStore, type LayerVisibility } from "../state/store";
import { ChoiceGroup } from "./ChoiceGroup";
import { useGhostClickGuard } from "./use-ghost-click-guard";
import { Legend } from "./Legend";
import { SelectionDetails } from "./SelectionDetails";

const LAYER_KEYS: (keyof LayerVisibility)[] = ["flows", "places", "routes", "zones"];

/** Title, metric switch, pinned details, layer toggles and legend; collapsible, a bottom sheet on phones. */
export function SidePanel() {
  const t = strings();
  const data = useExplorerStore((s) => s.data);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const pinned = useExplorerStore((s) => s.pinned);
  const open = useExplorerStore((s) => s.panelOpen);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const theme = useExplorerStore((s) => s.theme);
  const layers = useExplorerStore((s) => s.layers);
  const guard = useGhostClickGuard(pinned);
  if (!data) return null;
  const layerLabel: Record<keyof LayerVisibility, string> = { flows: t.layerFlows, places: t.layerPlaces, routes: t.layerRoutes, zones: t.layerZones };
  const metricsWithData = data.dataset.metrics.filter((m) => data.series.some((s) => s.metric === m.id && s.values.length > 0));
  return (
    <aside className={`side-panel${open ? " open" : " closed"}`} aria-label={t.appTitle} onPointerDownCapture={guard} onMouseDownCapture={guard} onClickCapture={guard}>
      <button type="button" className="panel-toggle" onClick={() => setPanelOpen(!open)} aria-expanded={open} aria-controls="panel-body">
        {open ? t.closePanel : t.openPanel}
      </button>
      <div id="panel-body" className="panel-body" hidden={!open}>
        <header className="panel-header">
          <h1>{data.dataset.title.en}</h1>
        </header>
        <div className="control-row">
          <label htmlFor="metric-select">{t.metric}</label>
          <select id="metric-select" value={metric} onChange={(event) => setMetric(event.currentTarget.value)}>
            {metricsWithData.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label.en}
              </option>
            ))}
          </select>
        </div>
        {pinned && month !== null ? (
          <section className="pinned" aria-live="polite">
            <button type="button" className="close-button" onClick={() => pin(null)} aria-label={t.close}>
              ×
            </button>
            <SelectionDetails data={data} selection={pinned} month={month} metric={metric} compact={false} />
          </section>
        ) : (
          <p className="hint">{t.pinnedHint}</p>
        )}
        <Legend />
        <ChoiceGroup
          legend={t.colourBy}
          name="color-by"
          value={colorBy}
          options={[
            { value: "direction", label: t.colourByDirection },
            { value: "mode", label: t.colourByMode },
          ]}
          onChange={setColorBy}
        />
        <fieldset className="control-group">
          <legend>{t.layers}</legend>
          {LAYER_KEYS.map((key) => (
            <label key={key}>
              <input type="checkbox" checked={layers[key]} onChange={(event) => setLayerVisible(key, event.currentTarget.checked)} /> {layerLabel[key]}
            </label>
          ))}
        </fieldset>
        <ChoiceGroup
          legend={t.theme}
          name="theme"
          value={theme}
          options={[
            { value: "light", label: t.themeLight },
            { value: "dark", label: t.themeDark },
          ]}
          onChange={setTheme}
        />
        <section className="about">
          <h3>{t.dataAbout}</h3>
          <p>{t.dataNote}</p>
        </section>
      </div>
    </aside>
  );
}

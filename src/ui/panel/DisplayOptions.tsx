import { useT } from "../../i18n/use-t";
import { setAnimateFlows, setColorBy, setLayerVisible, setTheme } from "../../state/actions";
import { useExplorerStore, type LayerVisibility } from "../../state/store";
import { ChoiceGroup } from "../ChoiceGroup";

const LAYER_KEYS: (keyof LayerVisibility)[] = ["flows", "places", "routes", "zones"];
const LAYER_LABELS = { flows: "display.layerFlows", places: "display.layerPlaces", routes: "display.layerRoutes", zones: "display.layerZones" } as const;

/** Colour scheme, animated flows, layers and theme: folded away, as a reader rarely needs them. */
export function DisplayOptions() {
  const t = useT();
  const colorBy = useExplorerStore((s) => s.colorBy);
  const theme = useExplorerStore((s) => s.theme);
  const layers = useExplorerStore((s) => s.layers);
  const animate = useExplorerStore((s) => s.animateFlows);
  const reduced = useExplorerStore((s) => s.reducedMotion);
  return (
    <details className="display-options">
      <summary>{t("display.title")}</summary>
      <ChoiceGroup
        legend={t("display.colourBy")}
        name="color-by"
        value={colorBy}
        options={[
          { value: "direction", label: t("display.colourByDirection") },
          { value: "mode", label: t("display.colourByMode") },
        ]}
        onChange={setColorBy}
      />
      {reduced ? null : (
        <label className="check-row">
          <input type="checkbox" checked={animate} onChange={(e) => setAnimateFlows(e.currentTarget.checked)} /> {t("display.animate")}
        </label>
      )}
      <fieldset className="control-group">
        <legend>{t("display.layers")}</legend>
        {LAYER_KEYS.map((key) => (
          <label key={key}>
            <input type="checkbox" checked={layers[key]} onChange={(e) => setLayerVisible(key, e.currentTarget.checked)} /> {t(LAYER_LABELS[key])}
          </label>
        ))}
      </fieldset>
      <ChoiceGroup
        legend={t("display.theme")}
        name="theme"
        value={theme}
        options={[
          { value: "light", label: t("display.themeLight") },
          { value: "dark", label: t("display.themeDark") },
        ]}
        onChange={setTheme}
      />
    </details>
  );
}

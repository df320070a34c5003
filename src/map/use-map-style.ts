import type { StyleSpecification } from "maplibre-gl";
import { useMemo } from "react";
import { localeOf, t } from "../i18n/i18n";
import { nameOf } from "../state/selectors/labels";
import { useExplorerStore } from "../state/store";
import { BASEMAP_LABEL_FONT } from "./basemap-style";
import { resolveMapStyle } from "./map-style";
import { buildDataSources } from "./style/build-data-sources";
import { countryNames } from "./style/country-names";
import { dataLayersBelowLabels, dataLayersOnTop } from "./style/data-layers";
import { withLayerVisibility } from "./style/layer-visibility";
import { withDataLayers, type DataLayers, type DataSources } from "./style/with-data-layers";

const basemapBaseUrl = () => new URL(`${import.meta.env.BASE_URL}basemap/`, window.location.href).href;

export interface MapStyle {
  /** The whole style, data included, for MapLibre's style diff; a URL when the reader brought their own style. */
  style: StyleSpecification | string;
  /** The layer the deck.gl arcs go beneath (the basemap's first label layer) */
  beforeId: string | undefined;
  /** For a reader's own style: what must be added to it once it has loaded */
  sources: DataSources | null;
  layers: DataLayers;
}

/** The basemap with the package's sources and layers in it, rebuilt when the data, metric, theme, colours or language change. */
export function useMapStyle(): MapStyle {
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const lang = useExplorerStore((s) => s.lang);
  const styleUrl = useExplorerStore((s) => s.styleUrl);
  const highlight = data?.dataset.view?.highlightCountries;
  const names = useMemo(() => countryNames(localeOf(lang)), [lang]);
  const base = useMemo(
    () => resolveMapStyle({ theme, styleUrl, basemapBaseUrl: basemapBaseUrl(), highlightCountries: highlight ?? [], countryNames: names }),
    [theme, styleUrl, highlight, names],
  );
  const sources = useMemo(
    () =>
      data && frames
        ? buildDataSources(data, frames, metric, theme, colorBy, { placeName: (p) => nameOf(p, lang), andBeyond: (country) => t("app.andBeyond", { country }) })
        : null,
    [data, frames, metric, theme, colorBy, lang],
  );
  const visible = useExplorerStore((s) => s.layers);
  const layers = useMemo(
    () => ({
      below: withLayerVisibility(dataLayersBelowLabels({ theme, font: BASEMAP_LABEL_FONT }), visible),
      top: withLayerVisibility(dataLayersOnTop({ theme, font: BASEMAP_LABEL_FONT }), visible),
    }),
    [theme, visible],
  );
  const style = useMemo(
    () => (typeof base.style === "string" || !sources ? base.style : withDataLayers(base.style, sources, layers, base.beforeId, base.topBeforeId)),
    [base, sources, layers],
  );
  return { style, beforeId: base.beforeId, sources: typeof base.style === "string" ? sources : null, layers };
}

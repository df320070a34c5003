import type { StyleSpecification } from "maplibre-gl";
import { FIRST_LABEL_LAYER_ID, TOP_LABEL_LAYER_ID, basemapStyle } from "./basemap-style";
import type { Theme } from "./layers/palette";
import type { CountryNames } from "./style/country-names";

export interface ResolvedStyle {
  style: StyleSpecification | string;
  /** Layer our data layers go beneath; unknown for a reader's own style, so data then sits on top. */
  beforeId: string | undefined;
  /** Layer our own labels go beneath (the country names), when the style has it */
  topBeforeId: string | undefined;
}

/** The bundled offline basemap, or the reader's own style URL as given. */
export function resolveMapStyle(options: {
  theme: Theme;
  styleUrl: string | null;
  basemapBaseUrl: string;
  highlightCountries: readonly string[];
  countryNames?: CountryNames | null;
}): ResolvedStyle {
  if (options.styleUrl) return { style: options.styleUrl, beforeId: undefined, topBeforeId: undefined };
  return {
    style: basemapStyle({ theme: options.theme, basemapBaseUrl: options.basemapBaseUrl, highlightCountries: options.highlightCountries, countryNames: options.countryNames ?? null }),
    beforeId: FIRST_LABEL_LAYER_ID,
    topBeforeId: TOP_LABEL_LAYER_ID,
  };
}

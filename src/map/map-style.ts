import type { StyleSpecification } from "maplibre-gl";
import type { Place } from "../data/model";
import { BASEMAP_LABEL_FONT, FIRST_LABEL_LAYER_ID, basemapStyle } from "./basemap-style";
import type { Theme } from "./layers/palette";
import { withPlaceLabels } from "./place-labels";

export interface ResolvedStyle {
  style: StyleSpecification | string;
  /** Layer our data layers go beneath; unknown for a reader's own style, so data then sits on top. */
  beforeId: string | undefined;
}

/** The bundled offline basemap with our place labels, or the reader's own style URL as given. */
export function resolveMapStyle(options: { theme: Theme; places: readonly Place[]; styleUrl: string | null; basemapBaseUrl: string }): ResolvedStyle {
  if (options.styleUrl) return { style: options.styleUrl, beforeId: undefined };
  const base = basemapStyle({ theme: options.theme, basemapBaseUrl: options.basemapBaseUrl });
  return { style: withPlaceLabels(base, options.places, options.theme, BASEMAP_LABEL_FONT), beforeId: FIRST_LABEL_LAYER_ID };
}

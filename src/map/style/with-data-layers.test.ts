import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { basemapStyle, BASEMAP_LABEL_FONT, FIRST_LABEL_LAYER_ID } from "../basemap-style";
import { countryNames } from "./country-names";
import { dataLayersBelowLabels, dataLayersOnTop } from "./data-layers";
import { DATA_SOURCE_IDS } from "./data-sources";
import { withLayerVisibility } from "./layer-visibility";
import { withDataLayers, type DataSources } from "./with-data-layers";

const empty: FeatureCollection<Geometry> = { type: "FeatureCollection", features: [] };
const sources = Object.fromEntries(Object.keys(DATA_SOURCE_IDS).map((key) => [key, empty])) as DataSources;

describe("withDataLayers", () => {
  // The map is created with `validateStyle: false` for our own styles, so this is where they are checked.
  it("gives a style the style-spec validator accepts, in both themes, with every layer group shown or hidden", () => {
    for (const theme of ["light", "dark"] as const) {
      for (const shown of [true, false]) {
        const visible = { flows: shown, places: shown, routes: shown, zones: shown };
        const base = basemapStyle({ theme, basemapBaseUrl: "https://news.example/basemap/", highlightCountries: ["CHN"], countryNames: countryNames("ru") });
        const layers = {
          below: withLayerVisibility(dataLayersBelowLabels({ theme, font: BASEMAP_LABEL_FONT }), visible),
          top: withLayerVisibility(dataLayersOnTop({ theme, font: BASEMAP_LABEL_FONT }), visible),
        };
        const style = withDataLayers(base, sources, layers, FIRST_LABEL_LAYER_ID);
        expect(style.layers.length).toBe(base.layers.length + layers.below.length + layers.top.length);
        expect(validateStyleMin(style)).toEqual([]);
      }
    }
  });
});

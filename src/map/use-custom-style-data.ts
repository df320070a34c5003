import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { useEffect } from "react";
import { DATA_LAYER_IDS } from "./style/data-layers";
import { DATA_SOURCE_IDS } from "./style/data-sources";
import type { DataLayers, DataSources } from "./style/with-data-layers";

/**
 * A reader's own style (`?style=`) is a URL, so the package's sources and layers cannot be part of
 * it: they are added once it has loaded, on top of everything, and their data is replaced in place.
 */
export function useCustomStyleData(map: MapLibreMap | null, sources: DataSources | null, layers: DataLayers): void {
  useEffect(() => {
    if (!map || !sources) return undefined;
    const install = () => {
      for (const key of Object.keys(DATA_SOURCE_IDS) as (keyof typeof DATA_SOURCE_IDS)[]) {
        const id = DATA_SOURCE_IDS[key];
        const existing = map.getSource<GeoJSONSource>(id);
        if (existing) existing.setData(sources[key]);
        else map.addSource(id, { type: "geojson", data: sources[key] });
      }
      for (const layer of [...layers.below, ...layers.top]) {
        if (!map.getLayer(layer.id)) map.addLayer(layer);
        // The layers switched on and off in the display options (the dashes' own switch is theirs).
        else if (layer.id !== DATA_LAYER_IDS.corridorsDash) map.setLayoutProperty(layer.id, "visibility", (layer.layout as { visibility?: "visible" | "none" } | undefined)?.visibility ?? "visible");
      }
    };
    if (map.isStyleLoaded()) install();
    map.on("style.load", install);
    return () => {
      map.off("style.load", install);
    };
  }, [map, sources, layers]);
}

import type { FeatureCollection, Geometry } from "geojson";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { DATA_SOURCE_IDS } from "./data-sources";

export type DataSources = Record<keyof typeof DATA_SOURCE_IDS, FeatureCollection<Geometry>>;

export interface DataLayers {
  /** Go beneath the first label layer of the style: zones, routes, corridors, totals */
  below: LayerSpecification[];
  /** Go on top of everything: flow-end labels, group anchors, places */
  top: LayerSpecification[];
}

/**
 * The basemap style with the package's own sources and layers in it, so that MapLibre's style diff
 * keeps them across theme changes. Layers that must sit under labels go before `beforeId`, our labels
 * before `topBeforeId` (when the style has them); a style without them gets everything on top.
 */
export function withDataLayers(style: StyleSpecification, sources: DataSources, layers: DataLayers, beforeId: string | undefined, topBeforeId?: string): StyleSpecification {
  const dataSources: StyleSpecification["sources"] = {};
  for (const key of Object.keys(DATA_SOURCE_IDS) as (keyof typeof DATA_SOURCE_IDS)[]) {
    // promoteId is not needed: features carry numeric ids, which feature states are keyed by.
    dataSources[DATA_SOURCE_IDS[key]] = { type: "geojson", data: sources[key] };
  }
  const at = (id: string | undefined) => {
    const index = id ? style.layers.findIndex((l) => l.id === id) : -1;
    return index < 0 ? style.layers.length : index;
  };
  const below = at(beforeId);
  // Country names sit above our labels: MapLibre places the topmost symbols first, and a reader
  // needs "Kyrgyzstan" more than a town name at the opening zoom.
  const top = Math.max(below, at(topBeforeId));
  return {
    ...style,
    sources: { ...style.sources, ...dataSources },
    layers: [...style.layers.slice(0, below), ...layers.below, ...style.layers.slice(below, top), ...layers.top, ...style.layers.slice(top)],
  };
}

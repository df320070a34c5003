import type { FeatureCollection, Point } from "geojson";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { Place } from "../data/model";
import { drawnPlaces } from "./layers/places-layer";
import type { Theme } from "./layers/palette";

export const PLACE_LABELS_SOURCE_ID = "place-labels";
export const PLACE_LABELS_LAYER_ID = "place-labels";

/** Lower ranks win collisions: ports are the map's subject, then hubs, then cities. */
const LABEL_RANK: Readonly<Record<string, number>> = { port: 0, hub: 1, airport: 2, city: 3, counterpart: 4 };

export function placeLabelFeatures(places: readonly Place[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: drawnPlaces(places).map((p) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: p.coordinates },
      properties: { id: p.id, name: p.nameEn, kind: p.kind, rank: LABEL_RANK[p.kind] ?? 5 },
    })),
  };
}

/**
 * Port and city labels as a MapLibre symbol layer, so MapLibre's collision detection keeps
 * Alashankou and Horgos from printing over each other (deck.gl's TextLayer cannot).
 */
export function withPlaceLabels(style: StyleSpecification, places: readonly Place[], theme: Theme, font: string[]): StyleSpecification {
  const dark = theme === "dark";
  const layer: LayerSpecification = {
    id: PLACE_LABELS_LAYER_ID,
    type: "symbol",
    source: PLACE_LABELS_SOURCE_ID,
    layout: {
      "text-field": ["get", "name"],
      "text-font": font,
      "text-size": ["match", ["get", "kind"], "port", 13, "hub", 12, 11.5],
      "symbol-sort-key": ["get", "rank"],
      "text-variable-anchor": ["left", "right", "top", "bottom"],
      "text-radial-offset": 0.7,
      "text-justify": "auto",
      "text-max-width": 9,
    },
    paint: {
      "text-color": dark ? "#f0f0f0" : ["match", ["get", "kind"], "port", "#1a1a1a", "#444444"],
      "text-halo-color": dark ? "rgba(20,24,30,0.9)" : "rgba(255,255,255,0.92)",
      "text-halo-width": 1.6,
    },
  };
  return {
    ...style,
    sources: { ...style.sources, [PLACE_LABELS_SOURCE_ID]: { type: "geojson", data: placeLabelFeatures(places) } },
    layers: [...style.layers, layer],
  };
}

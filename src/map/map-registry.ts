import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * The live map and its deck.gl overlay, for the few things outside the map view that need the
 * drawing itself (the image export). Not in the store: they are objects, not state.
 */
let current: { map: MapLibreMap; overlay: MapLibreOverlay | null } | null = null;

export function registerMap(map: MapLibreMap | null, overlay: MapLibreOverlay | null): void {
  current = map ? { map, overlay } : null;
}

export function liveMap(): { map: MapLibreMap; overlay: MapLibreOverlay | null } | null {
  return current;
}

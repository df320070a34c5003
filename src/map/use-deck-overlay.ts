import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo } from "react";

/**
 * deck.gl inside MapLibre's own WebGL context (interleaved), so arcs can sit under the labels.
 * MapLibreOverlay, not @deck.gl/mapbox's overlay, which crashes on MapLibre 6. The overlay is
 * returned so that hover and click can ask deck.gl what is under the pointer.
 */
export function useDeckOverlay(map: MapLibreMap | null, props: MapLibreOverlayProps): MapLibreOverlay | null {
  // One overlay per map; it touches nothing until it is added as the map's control.
  const overlay = useMemo(() => (map ? new MapLibreOverlay({ interleaved: true }) : null), [map]);
  useEffect(() => {
    if (!map || !overlay) return undefined;
    map.addControl(overlay);
    return () => {
      // map.remove() has already taken its controls away when the whole map goes.
      if (map.hasControl(overlay)) map.removeControl(overlay);
    };
  }, [map, overlay]);
  useEffect(() => {
    overlay?.setProps(props);
  });
  return overlay;
}

import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";

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
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // deck.gl puts its layers into the style (beneath the labels, at their beforeId) only when handed
  // layers while the style is loaded, and a style counts as loaded only once every tile is in. At the
  // opening view the layers come before that, so until the next month step the arcs would be drawn
  // after the map, over the labels. Once the map is idle, hand them over again if they are not in.
  useEffect(() => {
    if (!map || !overlay) return undefined;
    const placeLayers = () => {
      const inStyle = hasCustomLayer(map);
      // Recorded for browser tests, as the map's idle count and camera are.
      map.getContainer().dataset.deckInStyle = String(inStyle);
      if (!latest.current.layers?.length || inStyle) return;
      overlay.setProps({ layers: latest.current.layers });
    };
    map.on("idle", placeLayers);
    return () => {
      map.off("idle", placeLayers);
    };
  }, [map, overlay]);
  return overlay;
}

function hasCustomLayer(map: MapLibreMap): boolean {
  return map.getLayersOrder().some((id) => map.getLayer(id)?.type === "custom");
}

import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";
import { DATA_SOURCE_IDS } from "./style/data-sources";

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
  // layers while `map.isStyleLoaded()`, which is true only once every source's tiles are in: at the
  // opening view, the map's first idle. Until then the arcs would be drawn over the labels, and
  // putting them in at that idle redraws the whole map twice more (a quarter of a second of main
  // thread on a phone without a fast GPU). A style that has been parsed takes custom layers at once:
  // hand them over then, telling deck.gl the style is loaded for the length of that one call.
  useEffect(() => {
    if (!map || !overlay) return undefined;
    let parsed = false;
    const placeEarly = () => {
      const layers = latest.current.layers ?? [];
      if (!parsed || !layers.length || hasCustomLayer(map) || !layers.every((l) => !l || !beforeIdOf(l) || map.getLayer(beforeIdOf(l) ?? ""))) return;
      asIfStyleLoaded(map, () => overlay.setProps({ layers }));
    };
    const onStyleLoad = () => {
      parsed = true;
      placeEarly();
    };
    if (map.style && map.getLayersOrder().length > 0) parsed = true;
    placeEarly();
    map.on("style.load", onStyleLoad);
    map.on("styledata", placeEarly);
    // Recorded for browser tests, as the map's idle count and camera are: were the arcs in the style at the first idle?
    const recordFirstIdle = () => {
      if (!map.getSource(DATA_SOURCE_IDS.places)) return;
      map.getContainer().dataset.deckInStyleAtFirstIdle ??= String(hasCustomLayer(map));
    };
    map.on("idle", recordFirstIdle);
    return () => {
      map.off("style.load", onStyleLoad);
      map.off("styledata", placeEarly);
      map.off("idle", recordFirstIdle);
    };
  }, [map, overlay]);
  // A style swap (a reader's own style) or a month step while tiles load: once idle, make sure they are in.
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

/** Runs `action` while the map answers isStyleLoaded() with true; the map's own method is back afterwards. */
function asIfStyleLoaded(map: MapLibreMap, action: () => void): void {
  const own = map as unknown as { isStyleLoaded?: () => boolean };
  own.isStyleLoaded = () => true;
  try {
    action();
  } finally {
    delete own.isStyleLoaded;
  }
}

function beforeIdOf(layer: unknown): string | undefined {
  const props = (layer as { props?: { beforeId?: unknown } } | null)?.props;
  return typeof props?.beforeId === "string" ? props.beforeId : undefined;
}

function hasCustomLayer(map: MapLibreMap): boolean {
  return map.getLayersOrder().some((id) => map.getLayer(id)?.type === "custom");
}

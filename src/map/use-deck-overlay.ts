import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";
import { createFrameGate, type AnimationFrameProvider } from "./deck-frame-gate";
import { DATA_SOURCE_IDS } from "./style/data-sources";

/**
 * deck.gl inside MapLibre's own WebGL context (interleaved), so arcs can sit under the labels.
 * MapLibreOverlay, not @deck.gl/mapbox's overlay, which crashes on MapLibre 6. The overlay is
 * returned so that hover and click can ask deck.gl what is under the pointer.
 */
export function useDeckOverlay(map: MapLibreMap | null, props: MapLibreOverlayProps): MapLibreOverlay | null {
  // One overlay per map; it touches nothing until it is added as the map's control.
  const deck = useMemo(() => {
    if (!map) return null;
    const gate = createFrameGate({ requestAnimationFrame: (callback) => window.requestAnimationFrame(callback), cancelAnimationFrame: (id) => window.cancelAnimationFrame(id) });
    // Not a documented Deck prop: deck.gl hands its props to its luma.gl AnimationLoop, which reads this one.
    // luma.gl would enable every WebGL extension it knows as it attaches to MapLibre's context, each
    // a call the GPU process must answer (15–20 ms of a SwiftShader load); checked when asked instead.
    const gated: MapLibreOverlayProps & { animationFrameProvider: AnimationFrameProvider } = {
      interleaved: true,
      animationFrameProvider: gate.provider,
      deviceProps: { _initializeFeatures: false },
    };
    return { overlay: new MapLibreOverlay(gated), gate };
  }, [map]);
  const overlay = deck?.overlay ?? null;
  useEffect(() => {
    if (!map || !deck) return undefined;
    map.addControl(deck.overlay);
    // The loop runs while the map draws and holds still from its idle; a change of layers wakes it.
    const wake = () => deck.gate.wake();
    const sleep = () => deck.gate.sleep();
    map.on("render", wake);
    map.on("idle", sleep);
    return () => {
      map.off("render", wake);
      map.off("idle", sleep);
      deck.gate.wake();
      // map.remove() has already taken its controls away when the whole map goes.
      if (map.hasControl(deck.overlay)) map.removeControl(deck.overlay);
    };
  }, [map, deck]);
  useEffect(() => {
    deck?.overlay.setProps(props);
    deck?.gate.wake();
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
    if (!map || !deck) return undefined;
    const { overlay, gate } = deck;
    let parsed = false;
    const placeEarly = () => {
      const layers = latest.current.layers ?? [];
      if (!parsed || !layers.length || hasCustomLayer(map) || !layers.every((l) => !l || !beforeIdOf(l) || map.getLayer(beforeIdOf(l) ?? ""))) return;
      asIfStyleLoaded(map, () => overlay.setProps({ layers }));
      gate.wake();
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
  }, [map, deck]);
  // A style swap (a reader's own style) or a month step while tiles load: once idle, make sure they are in.
  useEffect(() => {
    if (!map || !deck) return undefined;
    const { overlay, gate } = deck;
    const placeLayers = () => {
      const inStyle = hasCustomLayer(map);
      // Recorded for browser tests, as the map's idle count and camera are.
      map.getContainer().dataset.deckInStyle = String(inStyle);
      if (!latest.current.layers?.length || inStyle) return;
      overlay.setProps({ layers: latest.current.layers });
      gate.wake();
    };
    map.on("idle", placeLayers);
    return () => {
      map.off("idle", placeLayers);
    };
  }, [map, deck]);
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

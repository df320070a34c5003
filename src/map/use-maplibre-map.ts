import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type MapLayerMouseEvent, type MapLibreEvent, type StyleSpecification } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { OpeningCamera } from "./camera/opening-camera";

// MapLibre builds its worker URL at run time, so Vite would not copy the worker: hand it over.
setWorkerUrl(workerUrl);

export interface MapEvents {
  onIdle: (event: MapLibreEvent) => void;
  onMoveEnd: (event: MapLibreEvent) => void;
  onZoomEnd: (event: MapLibreEvent) => void;
  onMouseMove: (event: MapLayerMouseEvent) => void;
  onMouseLeave: () => void;
  onClick: (event: MapLayerMouseEvent) => void;
  /** The WebGL context is gone (a GPU reset, too many contexts): the caller rebuilds the map. */
  onContextLost: () => void;
  /** No WebGL context could be created at all: the caller shows the table instead. */
  onUnavailable: (reason: string) => void;
}

export interface MapSetup {
  style: StyleSpecification | string;
  /** Called once, with the container's size, when the map is created */
  opening: (size: { width: number; height: number }) => OpeningCamera;
  /** MapLibre's own words (the canvas's label, the zoom buttons), in the reader's language */
  locale: Record<string, string>;
  attribution: string;
  reducedMotion: boolean;
  events: MapEvents;
}

function createMap(container: HTMLElement, style: MapSetup["style"], camera: OpeningCamera, locale: Record<string, string>, reducedMotion: boolean): MapLibreMap {
  return new MapLibreMap({
    container,
    style,
    ...("bounds" in camera ? { bounds: camera.bounds, fitBoundsOptions: { padding: camera.padding, maxZoom: camera.maxZoom } } : { center: camera.center, zoom: camera.zoom }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    minZoom: 1,
    maxZoom: 10,
    renderWorldCopies: false,
    // Our own styles are checked against the style spec by unit tests; walking one again at load is
    // about 20 ms of main thread before the first frame. A reader's `?style=` URL is still checked.
    validateStyle: typeof style === "string",
    // Labels appear at once instead of fading in when the reader asked for less motion.
    ...(reducedMotion ? { fadeDuration: 0 } : {}),
    locale,
  });
}

/**
 * A MapLibre map in a container, without a wrapper library: created once, its style diffed in
 * place when it changes (a full reload only for a different URL), its controls in the reader's
 * language, and its events handed to the latest callbacks.
 */
export function useMapLibreMap(container: RefObject<HTMLDivElement | null>, setup: MapSetup): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const latest = useRef(setup);
  // Events and the first camera read the latest setup when they happen, not the one of the first render.
  useLayoutEffect(() => {
    latest.current = setup;
  });
  const applied = useRef<MapSetup["style"] | null>(null);
  const styleLoaded = useRef(false);

  // A layout effect, not an effect: the map (and its worker, which loads the basemap) starts before
  // the browser paints the page around it, not after that first paint, which on a slow GPU takes a while.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const { style, opening, locale } = latest.current;
    const camera = opening({ width: element.clientWidth, height: element.clientHeight });
    let created: MapLibreMap;
    try {
      created = createMap(element, style, camera, locale, latest.current.reducedMotion);
    } catch (error) {
      latest.current.events.onUnavailable(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    applied.current = style;
    styleLoaded.current = false;
    created.once("style.load", () => {
      styleLoaded.current = true;
    });
    const events = () => latest.current.events;
    created.on("idle", (e) => events().onIdle(e));
    created.on("moveend", (e) => events().onMoveEnd(e));
    created.on("zoomend", (e) => events().onZoomEnd(e));
    created.on("mousemove", (e) => events().onMouseMove(e));
    created.on("mouseout", () => events().onMouseLeave());
    created.on("click", (e) => events().onClick(e));
    created.on("webglcontextlost", () => events().onContextLost());
    created.addControl(new NavigationControl({ showCompass: false }), "top-left");
    setMap(created);
    return () => {
      setMap(null);
      try {
        created.remove();
      } catch {
        // A map whose context is already lost may fail to release it; the page goes on without it.
      }
    };
  }, [container]);

  // The style: diffed once the first one has loaded (before that a diff would reload everything).
  useEffect(() => {
    if (!map || applied.current === setup.style) return undefined;
    const apply = () => {
      const next = latest.current.style;
      applied.current = next;
      map.setStyle(next, { diff: true, validate: typeof next === "string" });
    };
    if (styleLoaded.current) {
      apply();
      return undefined;
    }
    map.once("style.load", apply);
    return () => {
      map.off("style.load", apply);
    };
  }, [map, setup.style]);

  // The credit line follows the package.
  useEffect(() => {
    if (!map) return undefined;
    const control = new AttributionControl({ compact: true, customAttribution: setup.attribution });
    map.addControl(control, "bottom-right");
    // The compact attribution opens by default; folded, it leaves a narrow embed its map.
    map.getContainer().querySelector(".maplibregl-ctrl-attrib")?.classList.remove("maplibregl-compact-show");
    return () => {
      // map.remove() has already taken its controls away when the whole map goes.
      if (map.hasControl(control)) map.removeControl(control);
    };
  }, [map, setup.attribution]);

  // A language switch relabels MapLibre's own controls (its locale is read only when it is created).
  useEffect(() => {
    if (!map) return;
    const label = (selector: string, key: string) => {
      const text = setup.locale[key];
      const element = map.getContainer().querySelector(selector);
      if (!text || !element) return;
      element.setAttribute("aria-label", text);
      if (element.hasAttribute("title")) element.setAttribute("title", text);
    };
    label(".maplibregl-canvas", "Map.Title");
    label(".maplibregl-ctrl-zoom-in", "NavigationControl.ZoomIn");
    label(".maplibregl-ctrl-zoom-out", "NavigationControl.ZoomOut");
    label(".maplibregl-ctrl-attrib-button", "AttributionControl.ToggleAttribution");
  }, [map, setup.locale]);

  return map;
}

import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { MapLibreEvent } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useMemo, useRef, useState } from "react";
import { monthSlice } from "../data/frames/build-frames";
import { useT } from "../i18n/use-t";
import { markFirstViewDrawnSoon, setCamera, setMapStatus } from "../state/actions";
import { localized } from "../state/selectors/labels";
import { useExplorerStore } from "../state/store";
import { SUMMARY_ID } from "../ui/table/MonthSummary";
import { openingCamera } from "./camera/opening-camera";
import { OPENING_PADDING } from "./camera/opening-fit";
import { registerMap } from "./map-registry";
import { DATA_SOURCE_IDS } from "./style/data-sources";
import { useOpenOnPackage } from "./use-open-on-package";
import { arcSegmentsForZoom, buildArcsLayer } from "./layers/arcs-layer";
import { useCorridorDashes } from "./use-corridor-dashes";
import { useCustomStyleData } from "./use-custom-style-data";
import { useDeckOverlay } from "./use-deck-overlay";
import { useFeatureStates } from "./use-feature-states";
import { useFlowDrawing } from "./use-flow-drawing";
import { useFlowMotion } from "./use-flow-motion";
import { useKeepSelectionInView } from "./use-keep-selection-in-view";
import { useMapImages } from "./use-map-images";
import { useMapLibreMap } from "./use-maplibre-map";
import { useMapPointer } from "./use-map-pointer";
import { useMapStyle } from "./use-map-style";
import { useMarkerLayers } from "./use-marker-layers";
import { usePlaceFocus } from "./use-place-focus";
import { DATA_LAYER_IDS } from "./style/data-layers";

export const FIRST_ARCS_MARK = "corridors:first-arcs";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const WORLD = { center: [0, 20] as [number, number], zoom: 1.5 };

/**
 * Records the camera and counts MapLibre "idle" events on the map's container element, so browser
 * tests (and anyone embedding the map) can wait for a finished frame instead of sleeping.
 */
function markIdle(event: MapLibreEvent): void {
  const map = event.target;
  // A frame counts as finished once the package is drawn in it, not the basemap alone.
  if (!map.getSource(DATA_SOURCE_IDS.places)) return;
  const container = map.getContainer();
  const center = map.getCenter();
  container.dataset.center = `${center.lng.toFixed(6)},${center.lat.toFixed(6)}`;
  container.dataset.zoom = map.getZoom().toFixed(6);
  container.dataset.idle = String(Number(container.dataset.idle ?? "0") + 1);
  markFirstViewDrawnSoon();
}

/** A User Timing mark when arcs are first drawn: what `npm run bench` reports as time to first arcs. */
function markFirstArcs(): void {
  if (performance.getEntriesByName(FIRST_ARCS_MARK).length > 0) return;
  const { frames, metric } = useExplorerStore.getState();
  const drawn = (frames?.flows.get(metric)?.items.length ?? 0) + (frames?.corridors.get(metric)?.items.length ?? 0);
  if (drawn > 0) performance.mark(FIRST_ARCS_MARK);
}

/**
 * The map: MapLibre draws the basemap, zones, routes, corridors and every label; deck.gl draws the
 * arcs, and with the same program the place symbols, circles and arrowheads, in the same WebGL
 * context. `onContextLost` lets the caller build a new one (with the same month, metric, selection
 * and camera, which live in the store).
 */
export function MapView({ onContextLost }: { onContextLost: () => void }) {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const flowsVisible = useExplorerStore((s) => s.layers.flows);
  const animate = useExplorerStore((s) => s.animateFlows && !s.reducedMotion);
  const cameraRequest = useExplorerStore((s) => s.cameraRequest);
  const theme = useExplorerStore((s) => s.theme);
  const lang = useExplorerStore((s) => s.lang);
  const container = useRef<HTMLDivElement>(null);
  const [numSegments, setNumSegments] = useState(24);
  const mapStyle = useMapStyle();
  const drawing = useFlowDrawing();
  const motion = useFlowMotion();
  const title = data ? localized(data.dataset.title) : t("app.title");
  const locale = useMemo(
    () => ({
      "Map.Title": t("map.label", { title }),
      "NavigationControl.ZoomIn": t("map.zoomIn"),
      "NavigationControl.ZoomOut": t("map.zoomOut"),
      "AttributionControl.ToggleAttribution": t("map.credits"),
    }),
    // The words change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, title, lang],
  );
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const pointer = useMapPointer(overlayRef);
  const map = useMapLibreMap(container, {
    style: mapStyle.style,
    opening: (size) => {
      const s = useExplorerStore.getState();
      // Before the package is in, the world; useOpenOnPackage moves to the package's view when it is.
      if (!s.data) return s.camera ?? WORLD;
      return openingCamera({ data: s.data, frames: s.frames, metric: s.metric, month: s.month, camera: s.camera, size, padding: OPENING_PADDING });
    },
    locale,
    reducedMotion: useExplorerStore.getState().reducedMotion,
    // MapLibre reads attributions as HTML: the package's credit is text, so it is escaped.
    attribution: ["Natural Earth", data?.dataset.credit].filter((c): c is string => !!c).map(escapeHtml).join(" · "),
    events: {
      onIdle: markIdle,
      onMoveEnd: (event) => {
        const c = event.target.getCenter();
        setCamera({ center: [c.lng, c.lat], zoom: event.target.getZoom() });
      },
      onZoomEnd: (event) => setNumSegments(arcSegmentsForZoom(event.target.getZoom())),
      onMouseMove: pointer.onMove,
      onMouseLeave: pointer.onLeave,
      onClick: pointer.onClick,
      onContextLost,
      onUnavailable: () => setMapStatus("unavailable"),
    },
  });

  const flowCount = drawing.packed.flows?.items.length ?? 0;
  const placeFocus = usePlaceFocus(drawing);
  // With the bundled basemap, symbols go under the places' names; on a reader's own style, on top.
  const markers = useMarkerLayers(drawing, motion.widthMix, placeFocus, {
    ...(mapStyle.beforeId ? { below: mapStyle.beforeId, onTop: DATA_LAYER_IDS.places } : {}),
  });
  const arcs = useMemo(
    () =>
      flowCount === 0
        ? null
        : buildArcsLayer({
            geometry: drawing.arcs,
            widthsFrom: monthSlice(drawing.packed.flowWidths, drawing.fromOffset, flowCount),
            widthsTo: monthSlice(drawing.packed.flowWidths, drawing.toOffset, flowCount),
            monthKey: `${drawing.fromOffset}>${drawing.toOffset}`,
            states: drawing.arcStates,
            statesVersion: drawing.statesVersion,
            motion: { widthMix: motion.widthMix, dashTime: motion.dashTime, animateDashes: animate },
            numSegments,
            visible: flowsVisible,
            ...(mapStyle.beforeId ? { beforeId: mapStyle.beforeId } : {}),
          }),
    [drawing, flowCount, motion, animate, numSegments, flowsVisible, mapStyle.beforeId],
  );
  // Circles beneath the arcs; deck.gl draws layers that share a beforeId in this order.
  const layers = useMemo(() => [markers.totals, arcs, ...markers.onTop].filter((layer) => layer !== null), [markers, arcs]);
  const overlay = useDeckOverlay(map, { interleaved: true, layers, onAfterRender: markFirstArcs });
  useEffect(() => {
    overlayRef.current = overlay;
  }, [overlay]);
  useFeatureStates(map, drawing, motion.widthMix, placeFocus);
  useMapImages(map, theme);
  useCorridorDashes(map, animate && flowsVisible);
  useCustomStyleData(map, mapStyle.sources, mapStyle.layers);
  useKeepSelectionInView(map);
  useOpenOnPackage(map, OPENING_PADDING);

  useEffect(() => {
    registerMap(map, overlay);
    return () => registerMap(null, null);
  }, [map, overlay]);

  useEffect(() => {
    if (!map || !cameraRequest) return;
    if ("bounds" in cameraRequest) map.fitBounds(cameraRequest.bounds, { padding: OPENING_PADDING, duration: 0 });
    else map.flyTo({ center: cameraRequest.center, zoom: Math.max(map.getZoom(), cameraRequest.zoom ?? map.getZoom()), essential: false });
  }, [map, cameraRequest]);

  // The canvas is the focusable part: it gets the summary as its description, so it reads as the graphic's text alternative.
  useEffect(() => {
    map?.getCanvas().setAttribute("aria-describedby", SUMMARY_ID);
  }, [map]);

  // Inline, because maplibre-gl.css (loaded with this chunk, after ours) makes the container position: relative.
  return <div ref={container} className="map-canvas" style={{ position: "absolute", inset: 0 }} />;
}

import type { MapLibreOverlay } from "@deck.gl/maplibre";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useMemo, useState } from "react";
import { AttributionControl, Map as MapGL, NavigationControl } from "react-map-gl/maplibre";
import { monthSlice } from "../data/frames/build-frames";
import { setCamera } from "../state/actions";
import { packageBounds } from "../state/selectors/package-bounds";
import { useExplorerStore } from "../state/store";
import { DeckOverlay } from "./DeckOverlay";
import { registerMap } from "./map-registry";
import { arcSegmentsForZoom, buildArcsLayer } from "./layers/arcs-layer";
import { useCorridorDashes } from "./use-corridor-dashes";
import { useCustomStyleData } from "./use-custom-style-data";
import { useFeatureStates } from "./use-feature-states";
import { useFlowDrawing } from "./use-flow-drawing";
import { useFlowMotion } from "./use-flow-motion";
import { useMapImages } from "./use-map-images";
import { useMapPointer } from "./use-map-pointer";
import { useMapStyle } from "./use-map-style";

export const FIRST_ARCS_MARK = "corridors:first-arcs";

// MapLibre builds its worker URL at run time, so Vite would not copy the worker: hand it over.
const mapLib = import("maplibre-gl").then((maplibre) => {
  maplibre.setWorkerUrl(workerUrl);
  return maplibre;
});

/**
 * Records the camera and counts MapLibre "idle" events on the map's container element, so browser
 * tests (and anyone embedding the map) can wait for a finished frame instead of sleeping.
 */
function markIdle(event: { target: MapLibreMap }): void {
  const map = event.target;
  const container = map.getContainer();
  const center = map.getCenter();
  container.dataset.center = `${center.lng.toFixed(6)},${center.lat.toFixed(6)}`;
  container.dataset.zoom = map.getZoom().toFixed(6);
  container.dataset.idle = String(Number(container.dataset.idle ?? "0") + 1);
}

/** A User Timing mark when arcs are first drawn: what `npm run bench` reports as time to first arcs. */
function markFirstArcs(): void {
  if (performance.getEntriesByName(FIRST_ARCS_MARK).length > 0) return;
  const { frames, metric } = useExplorerStore.getState();
  const drawn = (frames?.flows.get(metric)?.items.length ?? 0) + (frames?.corridors.get(metric)?.items.length ?? 0);
  if (drawn > 0) performance.mark(FIRST_ARCS_MARK);
}

export function MapView() {
  const data = useExplorerStore((s) => s.data);
  const flowsVisible = useExplorerStore((s) => s.layers.flows);
  const animate = useExplorerStore((s) => s.animateFlows && !s.reducedMotion);
  const cameraRequest = useExplorerStore((s) => s.cameraRequest);
  const theme = useExplorerStore((s) => s.theme);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [overlay, setOverlay] = useState<MapLibreOverlay | null>(null);
  const [numSegments, setNumSegments] = useState(24);
  const mapStyle = useMapStyle();
  const drawing = useFlowDrawing();
  const motion = useFlowMotion();
  useFeatureStates(map, drawing, motion.widthMix);
  useMapImages(map, theme);
  useCorridorDashes(map, animate);
  useCustomStyleData(map, mapStyle.sources, mapStyle.layers);
  const pointer = useMapPointer(map, overlay);

  useEffect(() => {
    registerMap(map, overlay);
    return () => registerMap(null, null);
  }, [map, overlay]);

  useEffect(() => {
    if (!map || !cameraRequest) return;
    if ("bounds" in cameraRequest) map.fitBounds(cameraRequest.bounds, { padding: 24, duration: 0 });
    else map.flyTo({ center: cameraRequest.center, zoom: Math.max(map.getZoom(), cameraRequest.zoom ?? map.getZoom()), essential: false });
  }, [map, cameraRequest]);

  const flowCount = drawing.packed.flows?.items.length ?? 0;
  const layers = useMemo(
    () =>
      flowCount === 0
        ? []
        : [
            buildArcsLayer({
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
          ],
    [drawing, flowCount, motion, animate, numSegments, flowsVisible, mapStyle.beforeId],
  );

  const view = data?.dataset.view;
  const linked = useExplorerStore.getState().initialCamera;
  // A package without a view still opens on its own places, not on the whole world.
  const bounds = data ? packageBounds(data) : null;
  return (
    <MapGL
      mapLib={mapLib}
      initialViewState={
        linked
          ? { longitude: linked.center[0], latitude: linked.center[1], zoom: linked.zoom }
          : view?.center && view.zoom !== undefined && !view.bounds
            ? { longitude: view.center[0], latitude: view.center[1], zoom: view.zoom }
            : bounds
              ? { bounds, fitBoundsOptions: { padding: 24 } }
              : { longitude: 0, latitude: 20, zoom: 1.5 }
      }
      mapStyle={mapStyle.style}
      attributionControl={false}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      minZoom={1}
      maxZoom={10}
      renderWorldCopies={false}
      style={{ position: "absolute", inset: 0 }}
      ref={(ref) => {
        // The map instance exists before its style loads: symbols and states are handed over from the start.
        const instance = ref?.getMap() ?? null;
        if (instance !== map) setMap(instance);
        // The compact attribution opens by default; folded, it leaves a narrow embed its map.
        instance?.getContainer().querySelector(".maplibregl-ctrl-attrib")?.classList.remove("maplibregl-compact-show");
      }}
      onIdle={markIdle}
      onMoveEnd={(event) => {
        const c = event.target.getCenter();
        setCamera({ center: [c.lng, c.lat], zoom: event.target.getZoom() });
      }}
      onZoomEnd={(event) => setNumSegments(arcSegmentsForZoom(event.target.getZoom()))}
      onMouseMove={pointer.onMove}
      onMouseLeave={pointer.onLeave}
      onClick={pointer.onClick}
    >
      <DeckOverlay interleaved layers={layers} onOverlay={setOverlay} onAfterRender={markFirstArcs} />
      <NavigationControl position="top-left" showCompass={false} />
      <AttributionControl position="bottom-right" compact customAttribution={["Natural Earth", data?.dataset.credit].filter(Boolean).join(" · ")} />
    </MapGL>
  );
}

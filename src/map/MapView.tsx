import type { PickingInfo } from "@deck.gl/core";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useCallback, useMemo } from "react";
import { Map as MapGL, NavigationControl, AttributionControl } from "react-map-gl/maplibre";
import { pin, setHovered } from "../state/actions";
import { useExplorerStore } from "../state/store";
import { DeckOverlay } from "./DeckOverlay";
import { resolveMapStyle } from "./map-style";
import { selectionOfPick } from "./pick-selection";
import { useMapLayers } from "./use-map-layers";

export const FIRST_ARCS_MARK = "corridors:first-arcs";

// MapLibre builds its worker URL at run time, so Vite would not copy the worker: hand it over.
const mapLib = import("maplibre-gl").then((maplibre) => {
  maplibre.setWorkerUrl(workerUrl);
  return maplibre;
});

const basemapBaseUrl = () => new URL(`${import.meta.env.BASE_URL}basemap/`, window.location.href).href;

/**
 * Counts MapLibre "idle" events on the map's container element, so browser tests (and anyone
 * embedding the map) can wait for a finished frame instead of sleeping.
 */
function markIdle(event: { target: { getContainer: () => HTMLElement; getCenter: () => { lng: number; lat: number }; getZoom: () => number } }): void {
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
  if ((frames?.flows.get(metric)?.items.length ?? 0) > 0) performance.mark(FIRST_ARCS_MARK);
}

const toPick = (info: PickingInfo) => ({ layerId: info.layer?.id, index: info.index, object: info.object });

export function MapView() {
  const data = useExplorerStore((s) => s.data);
  const theme = useExplorerStore((s) => s.theme);
  const styleUrl = useExplorerStore((s) => s.styleUrl);
  const resolved = useMemo(
    () => resolveMapStyle({ theme, places: data?.places ?? [], styleUrl, basemapBaseUrl: basemapBaseUrl() }),
    [theme, data, styleUrl],
  );
  const layers = useMapLayers(resolved.beforeId);
  const view = data?.dataset.view;

  const onHover = useCallback((info: PickingInfo) => {
    const { frames, metric } = useExplorerStore.getState();
    const selection = selectionOfPick(toPick(info), frames, metric);
    setHovered(selection, selection ? { x: info.x, y: info.y } : null);
  }, []);
  const onClick = useCallback((info: PickingInfo) => {
    const { frames, metric } = useExplorerStore.getState();
    pin(selectionOfPick(toPick(info), frames, metric));
  }, []);

  return (
    <MapGL
      mapLib={mapLib}
      initialViewState={
        view?.bounds
          ? { bounds: view.bounds, fitBoundsOptions: { padding: 24 } }
          : { longitude: view?.center?.[0] ?? 0, latitude: view?.center?.[1] ?? 20, zoom: view?.zoom ?? 1.5 }
      }
      mapStyle={resolved.style}
      attributionControl={false}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      minZoom={1.5}
      maxZoom={11}
      style={{ position: "absolute", inset: 0 }}
      onIdle={markIdle}
    >
      <DeckOverlay interleaved layers={layers} onHover={onHover} onClick={onClick} onAfterRender={markFirstArcs} pickingRadius={6} />
      <NavigationControl position="top-left" showCompass={false} />
      <AttributionControl position="bottom-right" compact customAttribution="Natural Earth · GeoNames" />
    </MapGL>
  );
}

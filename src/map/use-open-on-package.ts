import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef } from "react";
import { useExplorerStore } from "../state/store";
import { openingCamera, type Padding } from "./camera/opening-camera";

/**
 * The map may start drawing its basemap before the package has arrived (it does not wait for it):
 * then it opens on the world, and moves to the package's opening view the moment the package is in,
 * unless a link gave a camera or the reader has already moved the map.
 */
export function useOpenOnPackage(map: MapLibreMap | null, padding: Padding): void {
  const data = useExplorerStore((s) => s.data);
  const createdWithoutPackage = useRef<boolean | null>(null);
  useEffect(() => {
    if (map && createdWithoutPackage.current === null) createdWithoutPackage.current = useExplorerStore.getState().data === null;
  }, [map]);
  useEffect(() => {
    if (!map || !data || createdWithoutPackage.current !== true) return;
    createdWithoutPackage.current = false;
    const s = useExplorerStore.getState();
    if (s.camera) return;
    const container = map.getContainer();
    const camera = openingCamera({ data, frames: s.frames, metric: s.metric, month: s.month, camera: null, size: { width: container.clientWidth, height: container.clientHeight }, padding });
    if ("bounds" in camera) map.fitBounds(camera.bounds, { padding: camera.padding, maxZoom: camera.maxZoom, duration: 0 });
    else map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }, [map, data, padding]);
}

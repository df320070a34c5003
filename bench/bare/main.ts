import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { parseBareQuery } from "../../scripts/bench/bare-params";
import { basemapStyle } from "../../src/map/basemap-style";

/**
 * The baseline the explorer's load is compared with: MapLibre alone drawing the same basemap
 * (the same GeoJSON files, the same basemapStyle() with the same options), the same view and map
 * size, no React, no deck.gl, no data package and none of its MapLibre layers. Like the explorer it hands MapLibre its worker URL and counts "idle"
 * events on the container's data-idle attribute, which the runner watches on both pages.
 */
setWorkerUrl(workerUrl);
const view = parseBareQuery(window.location.search);
const container = document.getElementById("map");
if (!container) throw new Error("no #map");
if (view.size) Object.assign(container.style, { width: `${view.size.width}px`, height: `${view.size.height}px` });

const map = new MapLibreMap({
  container,
  style: basemapStyle({ theme: "light", basemapBaseUrl: new URL("basemap/", window.location.href).href, highlightCountries: view.highlight }),
  ...("bounds" in view.initial ? { bounds: view.initial.bounds, fitBoundsOptions: { padding: view.initial.padding, maxZoom: view.initial.maxZoom } } : { center: view.initial.center, zoom: view.initial.zoom }),
  attributionControl: false,
  // As the explorer's MapView: one world, nothing drawn twice.
  renderWorldCopies: false,
});
map.on("idle", () => {
  // Recorded as the explorer's MapView records it, so the runner can check both pages looked at the same map.
  const center = map.getCenter();
  container.dataset.center = `${center.lng.toFixed(6)},${center.lat.toFixed(6)}`;
  container.dataset.zoom = map.getZoom().toFixed(6);
  container.dataset.idle = String(Number(container.dataset.idle ?? "0") + 1);
  if (performance.getEntriesByName("bare:idle").length === 0) performance.mark("bare:idle");
});

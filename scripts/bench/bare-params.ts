import type { Padding } from "../../src/map/camera/opening-camera";
import { MAX_OPENING_ZOOM, OPENING_PADDING } from "../../src/map/camera/opening-fit";

/**
 * How the runner tells the bare MapLibre page to show what the explorer shows: the camera the
 * explorer opened on (read from its map's container once it was idle) and the same highlighted
 * countries, in a map of the same size, so both pages load the same tiles and draw the same pixels.
 * Used on both sides: the runner writes the query, bench/bare/main.ts reads it.
 */
export type BareInitialView =
  | { bounds: [[number, number], [number, number]]; padding: Padding; maxZoom: number }
  | { center: [number, number]; zoom: number };

/** Where a map looks, as both pages record it on their map's container (`data-center`, `data-zoom`) */
export interface MapCamera {
  center: [number, number];
  zoom: number;
}

export interface BareView {
  initial: BareInitialView;
  /** basemapStyle's highlightCountries (ISO alpha-3) */
  highlight: string[];
  /** CSS pixels of the map container; absent: the whole window */
  size?: { width: number; height: number };
}

const numbers = (text: string | null, count: number): number[] | undefined => {
  const values = (text ?? "").split(",").map(Number);
  return values.length === count && values.every(Number.isFinite) ? values : undefined;
};

export function bareQuery(view: BareView): string {
  const params = new URLSearchParams();
  if ("bounds" in view.initial) {
    const { top, right, bottom, left } = view.initial.padding;
    params.set("bounds", view.initial.bounds.flat().join(","));
    params.set("padding", [top, right, bottom, left].join(","));
    params.set("maxZoom", String(view.initial.maxZoom));
  } else {
    params.set("center", view.initial.center.join(","));
    params.set("zoom", String(view.initial.zoom));
  }
  if (view.highlight.length) params.set("highlight", view.highlight.join(","));
  if (view.size) params.set("size", `${Math.round(view.size.width)},${Math.round(view.size.height)}`);
  return `?${params.toString()}`;
}

/** The explorer's fallback when a package has no view (MapView: centre 0,20, zoom 1.5). */
const DEFAULT_INITIAL: BareInitialView = { center: [0, 20], zoom: 1.5 };
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

function paddingOf(text: string | null): Padding {
  const p = numbers(text, 4);
  return p ? { top: p[0] ?? 0, right: p[1] ?? 0, bottom: p[2] ?? 0, left: p[3] ?? 0 } : NO_PADDING;
}

export function parseBareQuery(search: string): BareView {
  const params = new URLSearchParams(search);
  const b = numbers(params.get("bounds"), 4);
  const c = numbers(params.get("center"), 2);
  const zoom = Number(params.get("zoom"));
  const maxZoom = Number(params.get("maxZoom"));
  const size = numbers(params.get("size"), 2);
  const initial: BareInitialView =
    b && b.length === 4
      ? { bounds: [[b[0] ?? 0, b[1] ?? 0], [b[2] ?? 0, b[3] ?? 0]], padding: paddingOf(params.get("padding")), maxZoom: Number.isFinite(maxZoom) && params.has("maxZoom") ? maxZoom : MAX_OPENING_ZOOM }
      : c && Number.isFinite(zoom) && params.has("zoom")
        ? { center: [c[0] ?? 0, c[1] ?? 0], zoom }
        : DEFAULT_INITIAL;
  const highlight = (params.get("highlight") ?? "").split(",").filter((code) => /^[A-Z]{3}$/.test(code));
  return size ? { initial, highlight, size: { width: size[0] ?? 0, height: size[1] ?? 0 } } : { initial, highlight };
}

/**
 * The view a compiled package asks for, fitted as the explorer's MapView fits it on a wide map (its
 * padding and zoom limit). Only a fallback: the runner hands the bare page the camera the explorer
 * actually opened on, which a fit of the same bounds matches only if nothing else moved it.
 */
export function initialViewOfPackage(view: { bounds?: [[number, number], [number, number]]; center?: [number, number]; zoom?: number } | undefined): BareInitialView {
  if (view?.bounds) return { bounds: view.bounds, padding: OPENING_PADDING, maxZoom: MAX_OPENING_ZOOM };
  return { center: view?.center ?? [0, 20], zoom: view?.zoom ?? 1.5 };
}

/** The bare page opens on the explorer's own camera when one was read, else on the package's view. */
export function bareInitialView(explorerCamera: MapCamera | null, packageView: BareInitialView): BareInitialView {
  return explorerCamera ? { center: explorerCamera.center, zoom: explorerCamera.zoom } : packageView;
}

/** A camera from a map container's `data-center` ("lng,lat") and `data-zoom`; null when either is missing or not numbers. */
export function cameraOf(center: string | undefined, zoom: string | undefined): MapCamera | null {
  const c = numbers(center ?? null, 2);
  const z = Number(zoom);
  if (!c || zoom === undefined || zoom.trim() === "" || !Number.isFinite(z)) return null;
  return { center: [c[0] ?? 0, c[1] ?? 0], zoom: z };
}

/**
 * Whether two pages looked at the same map: both recorded a camera, the zooms within a thousandth and
 * the centres within 0.001° (far less than a pixel at the zooms a corridor map opens on). A
 * different view loads different tiles, and the ratio would compare unlike maps.
 */
export function sameView(a: MapCamera | null, b: MapCamera | null): boolean {
  if (!a || !b) return false;
  return Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(a.center[0] - b.center[0]) < 1e-3 && Math.abs(a.center[1] - b.center[1]) < 1e-3;
}

/**
 * How the runner tells the bare MapLibre page to show what the explorer shows: the same initial
 * view and highlighted countries (the data package's `view`, as MapView and useMapStyle read it)
 * in a map of the same size. Used on both sides: the runner writes the query, bench/bare/main.ts reads it.
 */
export type BareInitialView =
  | { bounds: [[number, number], [number, number]]; padding: number }
  | { center: [number, number]; zoom: number };

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
    params.set("bounds", view.initial.bounds.flat().join(","));
    params.set("padding", String(view.initial.padding));
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

export function parseBareQuery(search: string): BareView {
  const params = new URLSearchParams(search);
  const b = numbers(params.get("bounds"), 4);
  const c = numbers(params.get("center"), 2);
  const zoom = Number(params.get("zoom"));
  const size = numbers(params.get("size"), 2);
  const initial: BareInitialView =
    b && b.length === 4
      ? { bounds: [[b[0] ?? 0, b[1] ?? 0], [b[2] ?? 0, b[3] ?? 0]], padding: Number(params.get("padding") ?? "0") || 0 }
      : c && Number.isFinite(zoom)
        ? { center: [c[0] ?? 0, c[1] ?? 0], zoom }
        : DEFAULT_INITIAL;
  const highlight = (params.get("highlight") ?? "").split(",").filter((code) => /^[A-Z]{3}$/.test(code));
  return size ? { initial, highlight, size: { width: size[0] ?? 0, height: size[1] ?? 0 } } : { initial, highlight };
}

/** The view a compiled package asks for, as the explorer's MapView turns it into MapLibre options. */
export function initialViewOfPackage(view: { bounds?: [[number, number], [number, number]]; center?: [number, number]; zoom?: number } | undefined): BareInitialView {
  if (view?.bounds) return { bounds: view.bounds, padding: 24 };
  return { center: view?.center ?? [0, 20], zoom: view?.zoom ?? 1.5 };
}

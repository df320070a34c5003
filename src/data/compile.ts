import greatCircle from "@turf/great-circle";
import type { LineString, MultiLineString } from "geojson";
import type { LoadedPackage } from "./load-package";
import type { CompiledPackage, DatasetInfo, Route } from "./model";
import { tabulateCorridorPaths } from "./frames/corridor-path-table";
import { parsePeriodPoint } from "./month";
import { normalizeFigures } from "./normalize";

/** Points per great circle: smooth at world zoom, small in the compiled file. */
const GREAT_CIRCLE_POINTS = 64;

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

function drawGreatCircle(route: Route): Route {
  if (route.path !== "great_circle" || route.geometry.type !== "LineString") return route;
  const [from, to] = route.geometry.coordinates;
  if (!from || !to) return route;
  let geometry: LineString | MultiLineString;
  try {
    geometry = greatCircle([from[0] ?? 0, from[1] ?? 0], [to[0] ?? 0, to[1] ?? 0], { npoints: GREAT_CIRCLE_POINTS }).geometry as LineString | MultiLineString;
  } catch {
    // Opposite ends have no single great circle (the route schema reports them): keep the line as given.
    return route;
  }
  // Ends a hair apart make the arithmetic divide by ~0: the straight line between them is the great circle.
  const points = geometry.type === "LineString" ? geometry.coordinates : geometry.coordinates.flat();
  if (!points.every((p) => p.every(Number.isFinite))) return route;
  const rounded: LineString | MultiLineString =
    geometry.type === "LineString"
      ? { type: "LineString", coordinates: geometry.coordinates.map((p) => p.map(round5)) }
      : { type: "MultiLineString", coordinates: geometry.coordinates.map((l) => l.map((p) => p.map(round5))) };
  return { ...route, geometry: rounded };
}

/** Turns a checked package into the single file the explorer loads: monthly series with provenance and drawn geometry. */
export function compilePackage(valid: LoadedPackage & { dataset: DatasetInfo }): CompiledPackage {
  const metrics = new Map(valid.dataset.metrics.map((m) => [m.id, { unit: m.unit, kind: m.kind }]));
  const figures = valid.figures.map((f) => f.value);
  const { series, checks, conflicts } = normalizeFigures(figures, (metric) => metrics.get(metric));
  // A loop, not Math.min(...months): a big package has more months than a call can take arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const s of series) {
    for (const v of s.values) {
      if (v.month < first) first = v.month;
      if (v.month > last) last = v.month;
    }
  }
  const monthRange: [number, number] | null = Number.isFinite(first) ? [first, last] : null;
  const chosen = valid.dataset.view?.months?.map((text) => parsePeriodPoint(text)?.month);
  const timeline: [number, number] | null =
    chosen && chosen[0] !== undefined && chosen[1] !== undefined ? [chosen[0], chosen[1]] : monthRange;
  const places = valid.places.map((p) => p.value);
  const routes = valid.routes.map((r) => drawGreatCircle(r.value));
  return {
    dataset: valid.dataset,
    sources: valid.sources.map((s) => s.value),
    places,
    zones: valid.zones.map((z) => z.value),
    routes,
    figures,
    series,
    checks,
    conflicts,
    monthRange,
    timeline,
    corridorPaths: tabulateCorridorPaths({ places, routes, series }),
  };
}

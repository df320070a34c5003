import type { CompiledCorridorPath, CompiledPackage, Place, Route } from "../model";
import type { LonLat } from "./corridor-path";
import { corridorPathKey, countryAnchors, resolveDrawing, type CorridorPaths } from "./resolve-drawing";

/**
 * The corridor paths a package's series are drawn along, for the compiled file. Measuring along
 * routes (turf's nearest point, run cold) was the largest part of building frames when the page
 * opens; the series are resolved here exactly as `buildFrames` resolves them, so the page finds
 * every path it asks for.
 */
export function tabulateCorridorPaths(data: Pick<CompiledPackage, "places" | "routes" | "series">): CompiledCorridorPath[] {
  const placesById = new Map<string, Place>(data.places.map((p) => [p.id, p]));
  const routesById = new Map<string, Route>(data.routes.map((r) => [r.id, r]));
  const found: { route: string; through: string }[] = [];
  const corridorPaths: CorridorPaths = new Map();
  const ctx = { placesById, routesById, anchors: countryAnchors(data.places), corridorPaths };
  for (const s of data.series) {
    for (const routeId of s.routes.slice(0, 1)) for (const through of [s.origin, s.destination]) found.push({ route: routeId, through });
    resolveDrawing(s, ctx);
  }
  const table: CompiledCorridorPath[] = [];
  for (const { route, through } of found) {
    const key = corridorPathKey(route, through);
    if (!corridorPaths.has(key)) continue;
    const path = corridorPaths.get(key);
    corridorPaths.delete(key);
    table.push({ route, through, path: path ? path.path : null, ...(path?.beyond ? { beyond: path.beyond.id } : {}) });
  }
  return table;
}

const isLonLat = (p: unknown): p is LonLat => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === "number" && Number.isFinite(n));

/**
 * A compiled file's corridor paths, ready for `buildFrames`; null when the file has none or any
 * entry is malformed (a compiled file comes from a URL like any other input). Null costs nothing
 * but time: the paths are then measured on the page, with the same result.
 */
export function corridorPathsFrom(table: unknown, placesById: ReadonlyMap<string, Place>): CorridorPaths | null {
  if (!Array.isArray(table)) return null;
  const paths: CorridorPaths = new Map();
  for (const entry of table as unknown[]) {
    if (typeof entry !== "object" || entry === null) return null;
    const { route, through, path, beyond } = entry as Record<string, unknown>;
    if (typeof route !== "string" || typeof through !== "string") return null;
    if (path !== null && !(Array.isArray(path) && path.length >= 2 && path.every(isLonLat))) return null;
    const beyondPlace = typeof beyond === "string" ? placesById.get(beyond) : undefined;
    if (beyond !== undefined && !beyondPlace) return null;
    paths.set(corridorPathKey(route, through), path === null ? undefined : { path: path as LonLat[], ...(beyondPlace ? { beyond: beyondPlace } : {}) });
  }
  return paths;
}

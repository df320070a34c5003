import { feature } from "topojson-client";
import { flatPolygons } from "./clip";
import { polygonKm2 } from "./geometry";
import { collectArcIndices, countArcUsers } from "./topology";
import type { PolygonCoords, Topology } from "./types";
import { zoneOf, type Detail } from "./zones";

/** Area of a world-atlas polygon, measured on its flat pieces (a ring that crosses 180 or circles a pole is not flat). */
export function flatKm2(polygon: PolygonCoords): number {
  return flatPolygons(polygon).reduce((sum, piece) => sum + polygonKm2(piece), 0);
}

/**
 * Removes small islands (see Zone.minIslandKm2) from every country except its largest part, in the
 * topology, so that fills, coastlines and borders all lose the same islands. An island two countries
 * share (Usedom, Timor) is kept: dropping one side would turn their border into a coast.
 */
export function dropSmallIslands(topology: Topology, objectName: string, detail: Detail): Topology {
  const object = topology.objects[objectName];
  if (object === undefined || object.type !== "GeometryCollection") {
    throw new Error(`topology has no collection ${objectName}`);
  }
  const users = countArcUsers(topology, objectName);
  const shared = (arcs: number[][]): boolean => {
    const used = new Set<number>();
    collectArcIndices(arcs, used);
    return [...used].some((i) => (users[i] ?? 0) > 1);
  };
  const measure = (arcs: number[][]): { km2: number; min: number } => {
    const f = feature(topology, { type: "Polygon", arcs });
    if (f.geometry.type !== "Polygon") return { km2: 0, min: 0 };
    const first = f.geometry.coordinates.find((ring) => ring.some((p) => Math.abs(p[1] ?? 0) < 89.9))?.[0] ?? [0, 0];
    return {
      km2: flatKm2(f.geometry.coordinates),
      min: zoneOf(detail, first).minIslandKm2,
    };
  };
  const geometries = object.geometries.map((g) => {
    if (g.type !== "MultiPolygon") return g;
    const sized = g.arcs.map((arcs) => ({ arcs, ...measure(arcs) }));
    const largest = Math.max(...sized.map((p) => p.km2));
    const kept = sized.filter((p) => p.km2 >= p.min || p.km2 === largest || shared(p.arcs)).map((p) => p.arcs);
    return { ...g, arcs: kept };
  });
  return { ...topology, objects: { ...topology.objects, [objectName]: { ...object, geometries } } };
}

import { feature } from "topojson-client";
import { polygonKm2 } from "./geometry";
import { collectArcIndices, countArcUsers } from "./topology";
import type { Topology } from "./types";
import { zoneOf } from "./zones";

/**
 * Removes small islands (see Zone.minIslandKm2) from every country except its largest part, in the
 * topology, so that fills, coastlines and borders all lose the same islands. An island two countries
 * share (Usedom, Timor) is kept: dropping one side would turn their border into a coast.
 */
export function dropSmallIslands(topology: Topology, objectName: string): Topology {
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
    const first = f.geometry.coordinates[0]?.[0] ?? [0, 0];
    return {
      km2: polygonKm2(f.geometry.coordinates),
      min: zoneOf(first).minIslandKm2,
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

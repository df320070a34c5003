import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature } from "geojson";
import { feature } from "topojson-client";
import { polygonsOf } from "./geometry";
import type { PolygonCoords, TopoObject, Topology } from "./types";

const requireFromHere = createRequire(import.meta.url);

export function readTopology(specifier: string, objects: readonly string[]): Topology {
  const path = requireFromHere.resolve(specifier);
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isTopology(parsed, objects)) {
    throw new Error(`${path}: not a TopoJSON topology with objects ${objects.join(", ")}`);
  }
  return parsed;
}

function isTopology(value: unknown, objects: readonly string[]): value is Topology {
  if (typeof value !== "object" || value === null) return false;
  if (!("type" in value) || value.type !== "Topology") return false;
  if (!("arcs" in value) || !Array.isArray(value.arcs)) return false;
  if (!("objects" in value) || typeof value.objects !== "object" || value.objects === null) return false;
  const present = value.objects;
  return objects.every((name) => name in present);
}

export function topoObject(topology: Topology, name: string): TopoObject {
  const object = topology.objects[name];
  if (object === undefined) throw new Error(`topology has no object ${name}`);
  if (!withoutNullProperties(object)) throw new Error(`topology object ${name} has null properties`);
  return object;
}

function withoutNullProperties(object: Topology["objects"][string]): object is TopoObject {
  if (object.properties === null) return false;
  return object.type !== "GeometryCollection" || object.geometries.every((g) => g.properties !== null);
}

/** feature() of one named object, always as a list. */
export function featuresOf(topology: Topology, name: string): Feature[] {
  const result = feature(topology, topoObject(topology, name));
  return result.type === "FeatureCollection" ? result.features : [result];
}

export function polygonsFromObject(topology: Topology, name: string): PolygonCoords[] {
  return featuresOf(topology, name).flatMap((f) =>
    f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon" ? polygonsOf(f.geometry) : [],
  );
}

/** How many geometries of the object use each arc: 2 means a land border, 1 a coast. */
export function countArcUsers(topology: Topology, objectName: string): number[] {
  const counts = new Array<number>(topology.arcs.length).fill(0);
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`topology has no object ${objectName}`);
  const geometries = object.type === "GeometryCollection" ? object.geometries : [object];
  for (const geometry of geometries) {
    const used = new Set<number>();
    collectArcIndices("arcs" in geometry ? geometry.arcs : [], used);
    for (const i of used) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function collectArcIndices(value: unknown, out: Set<number>): void {
  if (typeof value === "number") out.add(value < 0 ? ~value : value);
  else if (Array.isArray(value)) for (const item of value) collectArcIndices(item, out);
}

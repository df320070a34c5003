import type { Position } from "geojson";
import { segmentDistanceSq } from "./geometry";
import { toMercY } from "./mercator";
import { countArcUsers } from "./topology";
import type { Topology } from "./types";
import { borderToleranceAt, coastToleranceAt, type Detail } from "./zones";

/**
 * Douglas–Peucker on every arc of the topology, before features and meshes are made from it:
 * shared arcs stay shared, so a simplified border still meets both neighbours' fills exactly.
 * Land borders keep the most detail because border ports sit on them and the reader zooms to ~9
 * there; coasts, and everything far from the package's view, give up detail to fit the byte budget.
 */
export function simplifyTopology(topology: Topology, objectName: string, detail: Detail): Topology {
  const t = topology.transform;
  const users = countArcUsers(topology, objectName);
  const border = (p: Position): number => borderToleranceAt(detail, p);
  const coast = (p: Position): number => coastToleranceAt(detail, p);
  const arcs = topology.arcs.map((arc, index) => {
    let x = 0;
    let y = 0;
    const absolute: Position[] = arc.map((p) => {
      const [px = 0, py = 0] = p;
      if (t === undefined) return [px, py];
      x += px;
      y += py;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    const isBorder = (users[index] ?? 0) > 1;
    return douglasPeucker(absolute, isBorder ? border : coast);
  });
  return { type: "Topology", objects: topology.objects, arcs };
}

/**
 * Douglas–Peucker where the tolerance depends on place: a point is kept when its distance to the
 * chord exceeds the tolerance where it lies. Measured in Web Mercator, the space the reader sees,
 * with the line made continuous across the antimeridian (a chord from 179.9 to -179.9 is short).
 * Returns the input points that are kept, unchanged.
 */
export function douglasPeucker(points: readonly Position[], toleranceAt: (p: Position) => number): Position[] {
  if (points.length <= 2) return [...points];
  let offset = 0;
  const merc = points.map(([x = 0, y = 0], i): Position => {
    const previousX = points[i - 1]?.[0];
    if (previousX !== undefined) {
      if (x - previousX > 180) offset -= 360;
      else if (x - previousX < -180) offset += 360;
    }
    return [x + offset, toMercY(Math.max(-85, Math.min(85, y)))];
  });
  const tolerances = points.map(toleranceAt);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const span = stack.pop();
    if (span === undefined) break;
    const [first, last] = span;
    const a = merc[first];
    const b = merc[last];
    if (a === undefined || b === undefined) continue;
    let worst = 1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px = 0, py = 0] = merc[i] ?? [];
      const tol = tolerances[i] ?? 0;
      const ratio = Math.sqrt(segmentDistanceSq(px, py, a, b)) / tol;
      if (ratio > worst) {
        worst = ratio;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

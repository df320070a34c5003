import type { MultiPolygon, Polygon, Position } from "geojson";
import { bboxOf, samePoint } from "./geometry";
import type { Box, PolygonCoords, Ring } from "./types";

/**
 * Sutherland–Hodgman against a rectangle. A concave ring that leaves the box and comes back can
 * come out with zero-width slivers along the box edge. Rings are only cut at ±180 (flatPolygons),
 * where world-atlas's rings cross it once out and once back, so the edge along 180 is the cut
 * itself, with the same country's other piece beyond it; label code also cuts to a view box, and
 * only measures the result.
 */
export function clipRing(ring: Ring, box: Box): Ring {
  const [w, s, e, n] = box;
  const edges: ((p: Position) => boolean)[] = [
    (p) => (p[0] ?? 0) >= w,
    (p) => (p[0] ?? 0) <= e,
    (p) => (p[1] ?? 0) >= s,
    (p) => (p[1] ?? 0) <= n,
  ];
  const intersect = (a: Position, b: Position, edge: number): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    if (edge < 2) {
      const x = edge === 0 ? w : e;
      const t = (x - ax) / (bx - ax);
      return [x, ay + t * (by - ay)];
    }
    const y = edge === 2 ? s : n;
    const t = (y - ay) / (by - ay);
    return [ax + t * (bx - ax), y];
  };
  let output: Position[] = ring.slice(0, -1);
  edges.forEach((inside, edge) => {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (previous === undefined) return;
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current, edge));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current, edge));
      }
    });
  });
  const first = output[0];
  return first === undefined ? [] : [...output, first];
}

/** The world on a flat map; rings and lines are cut to it, so nothing reaches past the antimeridian. */
export const WORLD: Box = [-180, -90, 180, 90];
/**
 * Web Mercator ends at 85.0511°: a line beyond it (world-atlas's ring round the South Pole) would be
 * drawn along the bottom of the world, so lines are cut to this box.
 */
export const MERCATOR_WORLD: Box = [-180, -85.0511, 180, 85.0511];

/**
 * world-atlas rings are spherical: those that cross the antimeridian (Russia's Chukotka, a Fiji
 * island) jump from 180 to -180. Drawn as they are, that jump becomes an edge straight across the
 * map; made continuous (lon past 180), the ring can be cut at 180 into two flat pieces.
 */
export function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  return ring.map((p, i) => {
    const previous = ring[i - 1];
    const [x = 0, y = 0] = p;
    if (previous !== undefined) {
      const jump = x - (previous[0] ?? 0);
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    return [x + offset, y];
  });
}

/** A ring that lies wholly at a pole (world-atlas closes Antarctica with one at -89.999°) has no area on a flat map. */
export function isPolarRing(ring: Ring): boolean {
  return ring.every((p) => Math.abs(p[1] ?? 0) >= 89.9);
}

/**
 * An unwrapped ring that ends 360° from where it began goes all the way round a pole (Antarctica's
 * coast): on a flat map it encloses the land only when closed along the pole.
 */
export function closeAroundPole(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return ring;
  const [x0 = 0, y0 = 0] = first;
  const [x1 = 0] = last;
  if (Math.abs(x1 - x0) < 180) return ring;
  const meanLat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [x1, pole], [x0, pole], [x0, y0]];
}

/** Shifts a ring by whole turns so that it lies over the given longitude. */
function alignTo(ring: Ring, x: number): Ring {
  const [w, , e] = bboxOf(ring);
  const turns = Math.round((x - (w + e) / 2) / 360);
  return turns === 0 ? ring : ring.map(([px = 0, py = 0]) => [px + turns * 360, py]);
}

/**
 * One world-atlas polygon as flat polygons inside WORLD: polar rings dropped, rings unwrapped,
 * pole-circling rings closed along the pole, then cut at ±180 (the part past 180 comes back in
 * from -180). Not rounded.
 */
export function flatPolygons(polygon: PolygonCoords): PolygonCoords[] {
  const rings = polygon.filter((ring) => !isPolarRing(ring)).map((ring) => closeAroundPole(unwrapRing(ring)));
  const [outer, ...holes] = rings;
  if (outer === undefined) return [];
  const [w, , e] = bboxOf(outer);
  const aligned = [outer, ...holes.map((hole) => alignTo(hole, (w + e) / 2))];
  const pieces: PolygonCoords[] = [];
  for (const turns of [-1, 0, 1]) {
    const dx = turns * 360;
    if (w + dx >= 180 || e + dx <= -180) continue;
    const shifted = dx === 0 ? aligned : aligned.map((ring) => ring.map(([x = 0, y = 0]): Position => [x + dx, y]));
    const inside = w + dx >= -180 && e + dx <= 180;
    const cut = inside ? shifted : shifted.map((ring) => clipRing(ring, WORLD));
    const [cutOuter, ...cutHoles] = cut;
    if (cutOuter === undefined || cutOuter.length < 4) continue;
    pieces.push([cutOuter, ...cutHoles.filter((ring) => ring.length >= 4)]);
  }
  return pieces;
}

/**
 * The line equivalent of flatPolygons: a line that crosses the antimeridian becomes two lines, each
 * ending on it; a stretch that runs along the ±180 meridian (where world-atlas cut a ring) is
 * dropped, because it is a seam, not a coast or a border.
 */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [[]];
  const onSeam = (x: number): boolean => Math.abs(x) >= 180 - 1e-9;
  for (const [i, p] of line.entries()) {
    const previous = line[i - 1];
    const current = parts[parts.length - 1] ?? [];
    if (previous !== undefined) {
      const [ax = 0, ay = 0] = previous;
      const [bx = 0, by = 0] = p;
      if (onSeam(ax) && onSeam(bx)) {
        parts.push([p]);
        continue;
      }
      if (Math.abs(bx - ax) > 180) {
        // Where the segment meets the antimeridian, going the short way round.
        const side = ax > 0 ? 180 : -180;
        const unwrappedB = bx + (ax > 0 ? 360 : -360);
        const t = (side - ax) / (unwrappedB - ax);
        const y = ay + t * (by - ay);
        if (!onSeam(ax)) current.push([side, y]);
        parts.push(onSeam(bx) ? [] : [[-side, y]]);
      }
    }
    parts[parts.length - 1]?.push(p);
  }
  return parts.filter((part) => part.length >= 2);
}

/** Rounds every ring; a ring that rounding leaves with no area is dropped, and an outer ring drops its holes with it. */
export function roundPolygon(polygon: PolygonCoords, round: (path: readonly Position[]) => Position[]): PolygonCoords | null {
  const rings: Ring[] = [];
  for (const [i, ring] of polygon.entries()) {
    const rounded = round(ring);
    if (rounded.length < 4) {
      if (i === 0) return null;
      continue;
    }
    rings.push(rounded);
  }
  return rings.length > 0 ? rings : null;
}

/** world-atlas polygons as a flat, rounded GeoJSON geometry; null when nothing is left. */
export function flatGeometry(polygons: readonly PolygonCoords[], round: (path: readonly Position[]) => Position[]): Polygon | MultiPolygon | null {
  const kept = polygons
    .flatMap(flatPolygons)
    .map((p) => roundPolygon(p, round))
    .filter((p): p is PolygonCoords => p !== null);
  const only = kept[0];
  if (only === undefined) return null;
  return kept.length === 1 ? { type: "Polygon", coordinates: only } : { type: "MultiPolygon", coordinates: kept };
}

/** Liang–Barsky per segment; a line that leaves and re-enters the box becomes two lines. */
export function clipLine(line: readonly Position[], box: Box): Position[][] {
  const [w, s, e, n] = box;
  const runs: Position[][] = [];
  let run: Position[] = [];
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a === undefined || b === undefined) continue;
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    const checks: [number, number][] = [
      [-dx, ax - w],
      [dx, e - ax],
      [-dy, ay - s],
      [dy, n - ay],
    ];
    let visible = true;
    for (const [p, q] of checks) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const start: Position = [ax + t0 * dx, ay + t0 * dy];
    const end: Position = [ax + t1 * dx, ay + t1 * dy];
    const last = run[run.length - 1];
    if (last === undefined || t0 > 0 || !samePoint(last, start)) {
      flush();
      run.push(start);
    }
    run.push(end);
    if (t1 < 1) flush();
  }
  flush();
  return runs;
}

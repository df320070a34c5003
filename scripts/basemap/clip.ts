import type { MultiPolygon, Polygon, Position } from "geojson";
import { samePoint } from "./geometry";
import { roundPath } from "./round";
import type { Box, PolygonCoords, Ring } from "./types";

/**
 * Sutherland–Hodgman against a rectangle. A concave ring can come out with zero-width slivers
 * along the box edge; they are invisible under a fill with no outline, and the outlines are drawn
 * from borders/coastlines, which are clipped as lines.
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

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka) jump from 180 to -180.
 * Clipped as they are, that jump becomes an edge straight across the map; made continuous
 * (lon past 180), the far side is simply clipped away.
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

/** The line equivalent of unwrapRing: a line that crosses the antimeridian becomes two lines. */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [[]];
  for (const [i, p] of line.entries()) {
    const previous = line[i - 1];
    if (previous !== undefined && Math.abs((p[0] ?? 0) - (previous[0] ?? 0)) > 180) parts.push([]);
    parts[parts.length - 1]?.push(p);
  }
  return parts.filter((part) => part.length >= 2);
}

export function clipAndRoundPolygon(polygon: PolygonCoords, box: Box): PolygonCoords | null {
  const rings: Ring[] = [];
  for (const [i, ring] of polygon.entries()) {
    const clipped = roundPath(clipRing(unwrapRing(ring), box));
    if (clipped.length < 4) {
      // A dropped outer ring drops its holes with it.
      if (i === 0) return null;
      continue;
    }
    rings.push(clipped);
  }
  return rings.length > 0 ? rings : null;
}

export function clipAndRoundPolygons(polygons: readonly PolygonCoords[], box: Box): Polygon | MultiPolygon | null {
  const kept = polygons.map((p) => clipAndRoundPolygon(p, box)).filter((p): p is PolygonCoords => p !== null);
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

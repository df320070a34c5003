// Label points: pole of inaccessibility (the polylabel algorithm) in Web Mercator, so the label
// sits where the reader sees the most room, not where the sphere has it.

import type { Position } from "geojson";
import { bboxOf, pointInPolygon, segmentDistanceSq } from "./geometry";
import { fromMercY, toMercator } from "./mercator";
import type { PolygonCoords } from "./types";

/** Distance to the polygon's edge; negative outside. */
function signedDistance(x: number, y: number, polygon: PolygonCoords): number {
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a !== undefined && b !== undefined) minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (pointInPolygon([x, y], polygon) ? 1 : -1) * Math.sqrt(minSq);
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

export function poleOfInaccessibility(polygon: PolygonCoords, precision: number): Position {
  const outer = polygon[0] ?? [];
  const [w, s, e, n] = bboxOf(outer);
  const size = Math.min(e - w, n - s);
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  if (size === 0) return [w, s];
  const queue: Cell[] = [];
  for (let x = w; x < e; x += size) {
    for (let y = s; y < n; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2));
  }
  let best = makeCell((w + e) / 2, (s + n) / 2, 0);
  while (queue.length > 0) {
    // The queue stays small (a few hundred cells), so a sort beats writing a heap.
    queue.sort((a, b) => a.max - b.max);
    const cell = queue.pop();
    if (cell === undefined) break;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    queue.push(
      makeCell(cell.x - h, cell.y - h, h),
      makeCell(cell.x + h, cell.y - h, h),
      makeCell(cell.x - h, cell.y + h, h),
      makeCell(cell.x + h, cell.y + h, h),
    );
  }
  return [best.x, best.y];
}

export function labelPoint(polygon: PolygonCoords): Position {
  const merc = toMercator(polygon);
  const [w, s, e, n] = bboxOf(merc[0] ?? []);
  const [x = 0, y = 0] = poleOfInaccessibility(merc, Math.max(e - w, n - s) / 500);
  return [Math.round(x * 1e3) / 1e3, Math.round(fromMercY(y) * 1e3) / 1e3];
}

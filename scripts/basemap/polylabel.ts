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

/** The pole and its distance to the nearest edge (the radius of the largest circle that fits inside). */
export function pole(polygon: PolygonCoords, precision: number): { point: Position; distance: number } {
  const outer = polygon[0] ?? [];
  const [w, s, e, n] = bboxOf(outer);
  const size = Math.min(e - w, n - s);
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  if (size === 0) return { point: [w, s], distance: 0 };
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
  return { point: [best.x, best.y], distance: best.d };
}

export function poleOfInaccessibility(polygon: PolygonCoords, precision: number): Position {
  return pole(polygon, precision).point;
}

/**
 * The label point of a polygon (rounded to 3 decimals) and its room: the radius, in degrees of Web
 * Mercator, of the largest circle that fits inside. With `aspect` above 1 the polygon is measured
 * squeezed that many times across, so the point is where the widest ellipse fits: a line of text is
 * wider than it is tall, and Tajikistan's widest room is not where its largest circle is.
 */
export function labelPole(polygon: PolygonCoords, aspect = 1): { point: Position; radius: number } {
  const merc = toMercator(polygon).map((ring) => ring.map(([x = 0, y = 0]) => [x / aspect, y]));
  const [w, s, e, n] = bboxOf(merc[0] ?? []);
  const { point, distance } = pole(merc, Math.max(e - w, n - s) / 500);
  const [x = 0, y = 0] = point;
  return { point: [Math.round(x * aspect * 1e3) / 1e3, Math.round(fromMercY(y) * 1e3) / 1e3], radius: distance };
}

export function labelPoint(polygon: PolygonCoords): Position {
  return labelPole(polygon).point;
}

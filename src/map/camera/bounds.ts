import type { LonLat } from "../../data/frames/corridor-path";

export type Bounds = [[number, number], [number, number]];

/** The box around some points, or null when there are none. */
export function boundsOf(points: Iterable<LonLat>): Bounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return Number.isFinite(w) ? [[w, s], [e, n]] : null;
}

import type { Position } from "geojson";
import { samePoint } from "./geometry";
import { zoneOf } from "./zones";

/** 3 decimals is ~100 m, under a pixel at zoom 9; 2 decimals (~1 km) where zoom stays below 5. */
export function roundPoint(p: Position): Position {
  const [x = 0, y = 0] = p;
  const f = 10 ** zoneOf(p).decimals;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

/** Rounds a path and drops the repeated points that rounding creates. */
export function roundPath(path: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q = roundPoint(p);
    const last = out[out.length - 1];
    if (last === undefined || !samePoint(last, q)) out.push(q);
  }
  return out;
}

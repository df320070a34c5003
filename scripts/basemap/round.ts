import type { Position } from "geojson";
import { samePoint } from "./geometry";
import { zoneOf, type Detail } from "./zones";

/** To the zone's grid (Zone.grid). Dividing by a whole number prints the shortest decimals: 247 / 20 is "12.35". */
export function roundPoint(p: Position, detail: Detail): Position {
  const [x = 0, y = 0] = p;
  const f = zoneOf(detail, p).grid;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

/** Rounds a path and drops the repeated points that rounding creates. */
export function roundPath(path: readonly Position[], detail: Detail): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q = roundPoint(p, detail);
    const last = out[out.length - 1];
    if (last === undefined || !samePoint(last, q)) out.push(q);
  }
  return out;
}

/** roundPath bound to one Detail, for the helpers that take a rounding function. */
export const rounder =
  (detail: Detail) =>
  (path: readonly Position[]): Position[] =>
    roundPath(path, detail);

import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { douglasPeucker } from "./simplify";

describe("douglasPeucker", () => {
  it("keeps a ring's first and last point however coarse the tolerance", () => {
    const ring: Position[] = [[0, 0], [1, 0.01], [2, 0], [2, 1], [1, 1.01], [0, 1], [0, 0]];
    const simplified = douglasPeucker(ring, () => 100);
    expect(simplified[0]).toEqual([0, 0]);
    expect(simplified[simplified.length - 1]).toEqual([0, 0]);
  });

  it("drops a point nearer the chord than the tolerance and keeps one farther", () => {
    const line: Position[] = [[0, 0], [1, 0.001], [2, 0], [3, 1], [4, 0]];
    expect(douglasPeucker(line, () => 0.1)).toEqual([[0, 0], [2, 0], [3, 1], [4, 0]]);
  });

  it("keeps a bump where the tolerance is fine and drops the same bump where it is coarse", () => {
    const line: Position[] = [[0, 0], [1, 0.05], [2, 0], [3, 0.05], [4, 0]];
    const fineLeftOfTwo = (p: Position): number => ((p[0] ?? 0) < 2 ? 0.01 : 1);
    expect(douglasPeucker(line, fineLeftOfTwo)).toEqual([[0, 0], [1, 0.05], [4, 0]]);
  });

  it("measures across the antimeridian the short way, and returns the points as they were", () => {
    // From 179.5 to -179.5 is one degree east, not 359 west: the points between are on the chord.
    const line: Position[] = [[179.5, 0], [179.9, 0.001], [-179.9, 0.001], [-179.5, 0]];
    expect(douglasPeucker(line, () => 0.1)).toEqual([[179.5, 0], [-179.5, 0]]);
  });
});

import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { clipLine, clipRing, splitAtAntimeridian, unwrapRing } from "./clip";
import type { Box } from "./types";

const box: Box = [0, 0, 10, 10];
const inside = ([x = NaN, y = NaN]: Position): boolean => x >= 0 && x <= 10 && y >= 0 && y <= 10;

describe("clipRing", () => {
  it("keeps a ring that crosses the box inside the box, closed, and cut at the edges", () => {
    const ring: Position[] = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]];
    const clipped = clipRing(ring, box);
    expect(clipped.every(inside)).toBe(true);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(new Set(clipped.map((p) => p.join(",")))).toEqual(new Set(["0,0", "5,0", "5,5", "0,5"]));
  });

  it("returns nothing for a ring wholly outside the box", () => {
    expect(clipRing([[20, 20], [30, 20], [30, 30], [20, 20]], box)).toEqual([]);
  });
});

describe("clipLine", () => {
  it("splits a line that leaves and re-enters the box into two runs inside it", () => {
    const runs = clipLine([[2, 5], [15, 5], [15, 8], [2, 8]], box);
    expect(runs).toEqual([
      [[2, 5], [10, 5]],
      [[10, 8], [2, 8]],
    ]);
  });
});

describe("antimeridian", () => {
  it("unwrapRing makes a ring that jumps from 180 to -180 continuous", () => {
    const unwrapped = unwrapRing([[179, 60], [-179, 60], [-179, 65], [179, 65], [179, 60]]);
    expect(unwrapped.map(([x]) => x)).toEqual([179, 181, 181, 179, 179]);
  });

  it("splitAtAntimeridian cuts a line at the jump instead of drawing it across the map", () => {
    expect(splitAtAntimeridian([[178, 60], [179, 60], [-179, 61], [-178, 61]])).toEqual([
      [[178, 60], [179, 60]],
      [[-179, 61], [-178, 61]],
    ]);
  });
});

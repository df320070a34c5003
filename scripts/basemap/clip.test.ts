import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { clipLine, clipRing, closeAroundPole, flatGeometry, flatPolygons, isPolarRing, splitAtAntimeridian, unwrapRing } from "./clip";
import { polygonKm2 } from "./geometry";
import type { Box, PolygonCoords } from "./types";

const box: Box = [0, 0, 10, 10];
const inside = ([x = NaN, y = NaN]: Position): boolean => x >= 0 && x <= 10 && y >= 0 && y <= 10;
const inWorld = ([x = NaN, y = NaN]: Position): boolean => x >= -180 && x <= 180 && y >= -90 && y <= 90;

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

  it("splitAtAntimeridian cuts a line at the jump, each part ending on the antimeridian, instead of drawing it across the map", () => {
    expect(splitAtAntimeridian([[178, 60], [179, 60], [-179, 61], [-178, 61]])).toEqual([
      [[178, 60], [179, 60], [180, 60.5]],
      [[-180, 60.5], [-179, 61], [-178, 61]],
    ]);
  });

  it("splitAtAntimeridian drops a stretch along the ±180 meridian: a cut in a ring, not a coast", () => {
    expect(splitAtAntimeridian([[179, -16], [180, -16.1], [180, -16.3], [179.5, -16.4]])).toEqual([
      [[179, -16], [180, -16.1]],
      [[180, -16.3], [179.5, -16.4]],
    ]);
  });

  it("flatPolygons cuts a ring that crosses 180 into two pieces inside the world, keeping its area", () => {
    const crossing: PolygonCoords = [[[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]]];
    const pieces = flatPolygons(crossing);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(piece.flat().every(inWorld)).toBe(true);
    const total = pieces.reduce((sum, p) => sum + polygonKm2(p), 0);
    const straight = polygonKm2([[[0, 60], [20, 60], [20, 70], [0, 70], [0, 60]]]);
    expect(total / straight).toBeCloseTo(1, 3);
  });

  it("flatPolygons leaves a ring inside the world as it is", () => {
    const ring: Position[] = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(flatPolygons([ring])).toEqual([[ring]]);
  });
});

describe("the poles", () => {
  // world-atlas's Antarctica: a ring all round the South Pole at -89.999, then its coast, which
  // runs once round the world and so jumps from 180 back to -180.
  const polar: Position[] = [[-180, -89.999], [90, -89.999], [0, -89.999], [-90, -89.999], [-180, -89.999]];
  const coast: Position[] = [[-180, -80], [-90, -70], [0, -68], [90, -66], [179, -79], [-180, -80]];

  it("isPolarRing knows a ring that lies wholly at a pole", () => {
    expect(isPolarRing(polar)).toBe(true);
    expect(isPolarRing(coast)).toBe(false);
  });

  it("closeAroundPole closes a ring that goes round the world along the pole, and leaves others", () => {
    const closed = closeAroundPole(unwrapRing(coast));
    expect(closed.slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -80]]);
    const plain: Position[] = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(closeAroundPole(plain)).toBe(plain);
  });

  it("flatGeometry turns Antarctica into one polygon that reaches the pole, inside the world", () => {
    const geometry = flatGeometry([[polar, coast]], (path) => [...path]);
    expect(geometry?.type).toBe("Polygon");
    const rings = geometry?.type === "Polygon" ? geometry.coordinates : [];
    expect(rings).toHaveLength(1);
    expect(rings[0]?.every(inWorld)).toBe(true);
    expect(Math.min(...(rings[0] ?? []).map(([, y = 0]) => y))).toBe(-90);
  });
});

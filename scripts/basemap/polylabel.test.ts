import { describe, expect, it } from "vitest";
import { pointInPolygon } from "./geometry";
import { labelPoint, labelPole, poleOfInaccessibility } from "./polylabel";
import type { PolygonCoords } from "./types";

describe("poleOfInaccessibility", () => {
  it("puts the pole of a square at its centre", () => {
    const square: PolygonCoords = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    const [x = NaN, y = NaN] = poleOfInaccessibility(square, 0.01);
    expect(x).toBeCloseTo(5, 2);
    expect(y).toBeCloseTo(5, 2);
  });

  it("puts the pole of an L inside the L, where the bounding-box centre is not", () => {
    const ell: PolygonCoords = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
    expect(pointInPolygon([5, 5], ell)).toBe(false);
    expect(pointInPolygon(poleOfInaccessibility(ell, 0.01), ell)).toBe(true);
  });

  it("stays out of a hole", () => {
    const framed: PolygonCoords = [
      [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
      [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]],
    ];
    expect(pointInPolygon(poleOfInaccessibility(framed, 0.01), framed)).toBe(true);
  });
});

describe("labelPoint", () => {
  it("labels a square centred on the equator at its centre, rounded to 3 decimals", () => {
    expect(labelPoint([[[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]]])).toEqual([0, 0]);
  });
});

describe("labelPole", () => {
  // A tall square on the left and a long low bar on the right: the largest circle fits in the
  // square, but a line of text fits better in the bar.
  const shape: PolygonCoords = [[[0, -4], [4, -4], [4, -1], [20, -1], [20, 1], [4, 1], [4, 4], [0, 4], [0, -4]]];

  it("with aspect 1 is the pole of inaccessibility, with its radius", () => {
    const { point, radius } = labelPole(shape);
    expect(point[0] ?? NaN).toBeLessThan(4);
    // About half the square's width (a little more: the circle bulges into the bar's mouth).
    expect(radius).toBeGreaterThan(1.9);
    expect(radius).toBeLessThan(2.5);
  });

  it("with a wide aspect moves to where a wide ellipse fits, still inside", () => {
    const { point } = labelPole(shape, 4);
    expect(point[0] ?? NaN).toBeGreaterThan(4);
    expect(pointInPolygon(point, shape)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { pointInPolygon } from "./geometry";
import { labelPoint, poleOfInaccessibility } from "./polylabel";
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

import { describe, expect, it } from "vitest";
import { MAX_LEVEL, borderToleranceAt, boxContains, coastToleranceAt, detailFor, expandBox, zoneOf } from "./zones";
import type { Box } from "./types";

const view: Box = [5, 34, 96, 57];
const horgos = [80.37, 44.2];

describe("expandBox", () => {
  it("grows by a share of the span, at least a minimum, clamped to the poles", () => {
    expect(expandBox([0, 0, 10, 10], 0.1, 3)).toEqual([-3, -3, 13, 13]);
    expect(expandBox([0, 0, 100, 80], 0.1, 3)).toEqual([-10, -8, 110, 88]);
    expect(expandBox([0, 80, 10, 89], 0.1, 3)[3]).toBe(90);
  });

  it("becomes all longitudes once it would go round the world", () => {
    expect(expandBox([-170, 0, 170, 10], 0.1, 3)).toEqual([-180, -3, 180, 13]);
  });
});

describe("boxContains", () => {
  it("finds a point on the other side of the antimeridian in a box that reaches past 180", () => {
    const pacific: Box = [150, -25, 210, 25];
    expect(boxContains(pacific, [-170, 0])).toBe(true);
    expect(boxContains(pacific, [170, 0])).toBe(true);
    expect(boxContains(pacific, [100, 0])).toBe(false);
    expect(boxContains(pacific, [170, 30])).toBe(false);
  });
});

describe("detailFor", () => {
  const detail = detailFor(view, [horgos]);

  it("is finest by the package's places, then in the view, then near it, and covers the world", () => {
    expect(zoneOf(detail, [80, 45]).name).toBe("places");
    expect(zoneOf(detail, [20, 45]).name).toBe("view");
    expect(zoneOf(detail, [0, 62]).name).toBe("near");
    expect(zoneOf(detail, [-100, 20]).name).toBe("world");
    expect(zoneOf(detail, [0, -89]).name).toBe("world");
    const tolerances = [[80, 45], [20, 45], [0, 62], [-100, 20]].map((p) => borderToleranceAt(detail, p));
    expect([...tolerances].sort((a, b) => a - b)).toEqual(tolerances);
  });

  it("keeps coasts coarser than borders in every zone", () => {
    for (const p of [[80, 45], [20, 45], [0, 62], [-100, 20]]) expect(coastToleranceAt(detail, p)).toBeGreaterThan(borderToleranceAt(detail, p));
  });

  it("widens the world's tolerances toward the poles, and only the world's", () => {
    expect(borderToleranceAt(detail, [-100, 75])).toBeGreaterThan(2 * borderToleranceAt(detail, [-100, 20]));
    expect(borderToleranceAt(detail, [-100, 45])).toBe(borderToleranceAt(detail, [-100, 20]));
    expect(borderToleranceAt(detail, [20, 56])).toBe(borderToleranceAt(detail, [20, 35]));
  });

  it("coarsens with the level, never beyond the world, which the last level reaches everywhere", () => {
    const world = borderToleranceAt(detail, [-100, 20]);
    const coarser = detailFor(view, [horgos], 2);
    expect(borderToleranceAt(coarser, horgos)).toBeGreaterThan(borderToleranceAt(detail, horgos));
    const last = detailFor(view, [horgos], MAX_LEVEL);
    for (const p of [horgos, [20, 45], [0, 62]]) expect(borderToleranceAt(last, p)).toBe(world);
  });

  it("without a view or places has one zone for the whole world", () => {
    const none = detailFor(null);
    expect(none.zones).toHaveLength(1);
    expect(zoneOf(none, [80, 45])).toBe(zoneOf(none, [-100, 20]));
  });
});

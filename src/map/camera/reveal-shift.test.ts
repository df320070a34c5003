import { describe, expect, it } from "vitest";
import { revealShift } from "./reveal-shift";

const visible = { top: 0, left: 0, right: 400, bottom: 300 };

describe("panning a pinned feature into view", () => {
  it("does nothing when the point is well inside the visible part", () => {
    expect(revealShift({ x: 200, y: 150 }, visible)).toBeNull();
  });

  it("brings a point hidden under a bottom sheet to the middle of what is left", () => {
    expect(revealShift({ x: 200, y: 500 }, visible)).toEqual([0, 350]);
  });

  it("treats a point on the edge, within the margin, as hidden", () => {
    expect(revealShift({ x: 390, y: 150 }, visible, 24)).toEqual([190, 0]);
  });

  it("gives up when almost nothing of the map is visible", () => {
    expect(revealShift({ x: 200, y: 500 }, { ...visible, bottom: 40 })).toBeNull();
  });
});

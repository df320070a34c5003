import { describe, expect, it } from "vitest";
import { MAX_ARC_WIDTH_PX, MIN_ARC_WIDTH_PX, lockedRadiusScale, lockedWidthScale } from "./flow-scale";

describe("lockedWidthScale", () => {
  it("draws the largest value of the whole time range at the full width", () => {
    expect(lockedWidthScale(40e9).toPixels(40e9)).toBe(MAX_ARC_WIDTH_PX);
  });

  it("is proportional from zero, so half the value is half the width", () => {
    const scale = lockedWidthScale(40e9);
    expect(scale.toPixels(20e9)).toBeCloseTo(MAX_ARC_WIDTH_PX / 2);
  });

  it("keeps a small published value visible at the minimum width", () => {
    expect(lockedWidthScale(40e9).toPixels(1e6)).toBe(MIN_ARC_WIDTH_PX);
  });

  it("draws nothing for a gap or a zero", () => {
    const scale = lockedWidthScale(40e9);
    expect(scale.toPixels(Number.NaN)).toBe(0);
    expect(scale.toPixels(0)).toBe(0);
  });

  it("offers round legend values no larger than the maximum", () => {
    const legend = lockedWidthScale(37.4e9).legend.map((k) => k.value);
    expect(legend.length).toBeGreaterThanOrEqual(2);
    expect(legend.every((v) => v <= 37.4e9 && Number.isInteger(v / 1e9))).toBe(true);
  });
});

describe("lockedRadiusScale", () => {
  it("sizes circles by area: four times the value is twice the radius", () => {
    const scale = lockedRadiusScale(100);
    expect(scale.toPixels(100) / scale.toPixels(25)).toBeCloseTo(2);
  });
});

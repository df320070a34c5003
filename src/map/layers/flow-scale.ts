import { ticks } from "d3-array";

/** Widest arc, in pixels, for the largest monthly value of the whole time range. */
export const MAX_ARC_WIDTH_PX = 16;
/** A published non-zero value is never drawn thinner than this, so it stays visible and hoverable. */
export const MIN_ARC_WIDTH_PX = 1.5;
export const MAX_TOTAL_RADIUS_PX = 34;
export const MIN_TOTAL_RADIUS_PX = 3;

export interface LockedScale {
  /** Pixels for a value; 0 for a gap (NaN) or a zero. */
  toPixels: (value: number) => number;
  /** Round values for the legend, each with its size in pixels. */
  legend: { value: number; pixels: number }[];
}

/**
 * Arc width is proportional to the value (from zero, so a half-width arc is half the value),
 * locked to the maximum over every month: scrubbing never rescales.
 */
export function lockedWidthScale(maxValue: number): LockedScale {
  // Two straight lines from zero need no scale library (d3-scale and its interpolators cost the first view 8 kB).
  const max = maxValue > 0 ? maxValue : 1;
  const toPixels = (value: number) => (Number.isFinite(value) && value > 0 ? Math.max(MIN_ARC_WIDTH_PX, (value / max) * MAX_ARC_WIDTH_PX) : 0);
  return { toPixels, legend: legendValues(ticks(0, max, 4), toPixels) };
}

/** Circles are sized by area (radius ∝ √value), also locked to the whole time range. */
export function lockedRadiusScale(maxValue: number): LockedScale {
  const max = maxValue > 0 ? maxValue : 1;
  const toPixels = (value: number) => (Number.isFinite(value) && value > 0 ? Math.max(MIN_TOTAL_RADIUS_PX, Math.sqrt(value / max) * MAX_TOTAL_RADIUS_PX) : 0);
  return { toPixels, legend: legendValues(ticks(0, max, 3), toPixels) };
}

function legendValues(ticks: number[], toPixels: (v: number) => number): { value: number; pixels: number }[] {
  const positive = ticks.filter((t) => t > 0);
  // Two or three keys read best: the largest round value, its half, and a small one.
  const picked = positive.length > 3 ? [positive[0], positive[Math.floor(positive.length / 2)], positive[positive.length - 1]] : positive;
  return picked.filter((v): v is number => v !== undefined).map((value) => ({ value, pixels: toPixels(value) }));
}

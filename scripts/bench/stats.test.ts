import { describe, expect, it } from "vitest";
import { median, ratio, summarize } from "./stats";

describe("summarize", () => {
  it("gives mean, nearest-rank median and 95th percentile, and the maximum", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(values)).toEqual({ mean: 50.5, p50: 50, p95: 95, max: 100 });
  });

  it("is all NaN for no sample", () => {
    expect(Object.values(summarize([])).every(Number.isNaN)).toBe(true);
  });

  it("reads a single value as every statistic", () => {
    expect(summarize([3])).toEqual({ mean: 3, p50: 3, p95: 3, max: 3 });
  });
});

describe("median", () => {
  it("averages the middle pair of an even sample", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("takes the middle of an odd sample", () => {
    expect(median([5, 1, 9])).toBe(5);
  });
});

describe("ratio", () => {
  it("divides", () => {
    expect(ratio(3, 2)).toBe(1.5);
  });

  it("is NaN for a missing or non-positive divisor", () => {
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(null, 2)).toBeNaN();
    expect(ratio(3, undefined)).toBeNaN();
  });
});

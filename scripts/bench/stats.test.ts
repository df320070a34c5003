import { describe, expect, it } from "vitest";
import { median, summarize } from "./stats";

describe("summarize", () => {
  it("gives the nearest-rank 95th percentile", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ mean: 50.5, p95: 95, max: 100 });
  });
});

describe("median", () => {
  it("averages the middle pair of an even sample", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

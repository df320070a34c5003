import { describe, expect, it } from "vitest";
import { formatPublished, formatValue } from "./format-value";

const exact = { bound: null, approx: false } as const;

describe("formatValue", () => {
  it("writes money in billions with three significant digits", () => {
    expect(formatValue(36.8e9, "CNY")).toBe("36.8 bn yuan");
  });

  it("keeps the qualifier of a bound or an approximation", () => {
    expect(formatValue(20.6e9, "CNY", { bound: ">", approx: false })).toBe(">20.6 bn yuan");
    expect(formatValue(25333.3, "vehicles", { bound: null, approx: true })).toBe("≈25,333 vehicles");
  });

  it("can show a fourth digit where two close numbers are compared", () => {
    expect(formatValue(37.43e9, "CNY", undefined, 4)).toBe("37.43 bn yuan");
  });
});

describe("formatPublished", () => {
  it("shows a figure with the digits its source published", () => {
    expect(formatPublished(37.43, "bn CNY", exact)).toBe("37.43 bn yuan");
    expect(formatPublished(9653, "vehicles", exact)).toBe("9,653 vehicles");
    expect(formatPublished(4300, "t", { bound: ">", approx: false })).toBe(">4,300 tonnes");
  });

  it("uses the same scale words as computed values, whatever unit the source used", () => {
    expect(formatPublished(12.08, "Mt", exact)).toBe("12.08 m tonnes");
    expect(formatValue(12.08e6, "t")).toBe("12.1 m tonnes");
    expect(formatPublished(1.37, "M passengers", exact)).toBe("1.37 m passengers");
    expect(formatPublished(280, "M CNY", exact)).toBe("280 m yuan");
    expect(formatPublished(0.69, "bn CNY", exact)).toBe("690 m yuan");
    expect(formatPublished(421, "k vehicles", { bound: null, approx: true })).toBe("≈421,000 vehicles");
  });
});

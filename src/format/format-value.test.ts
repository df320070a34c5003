import { afterAll, describe, expect, it } from "vitest";
import { switchLanguage } from "../i18n/i18n";
import { formatPublished, formatValue } from "./format-value";

const exact = { bound: null, approx: false } as const;

describe("formatValue", () => {
  it("writes money through Intl, compact above a million, with three significant digits", () => {
    expect(formatValue(36.8e9, "CNY")).toBe("36.8 billion Chinese yuan");
    expect(formatValue(36.8e9, "CNY", { style: "short" })).toBe("CN¥36.8B");
    expect(formatValue(1.55e9, "USD")).toBe("1.55 billion US dollars");
  });

  it("takes any ISO 4217 currency, not just the bundled ones", () => {
    expect(formatValue(2.5e9, "MNT", { style: "short" })).toMatch(/2\.5B/);
  });

  it("keeps the qualifier of a bound or an approximation", () => {
    expect(formatValue(20.6e9, "CNY", { qualifier: { bound: ">", approx: false } })).toBe(">20.6 billion Chinese yuan");
    expect(formatValue(25333.3, "vehicles", { qualifier: { bound: null, approx: true } })).toBe("≈25,333 vehicles");
  });

  it("uses the singular for one and the plural otherwise", () => {
    expect(formatValue(1, "trains")).toBe("1 train");
    expect(formatValue(12.1e6, "t")).toBe("12.1 million tonnes");
  });

  it("can show a fourth digit where two close numbers are compared", () => {
    expect(formatValue(37.43e9, "CNY", { digits: 4 })).toBe("37.43 billion Chinese yuan");
  });
});

describe("formatPublished", () => {
  it("shows a figure with the digits its source published", () => {
    expect(formatPublished(37.43, "bn CNY", exact)).toBe("37.43 billion Chinese yuan");
    expect(formatPublished(9653, "vehicles", exact)).toBe("9,653 vehicles");
    expect(formatPublished(4300, "t", { bound: ">", approx: false })).toBe(">4,300 tonnes");
  });

  it("uses the same words as computed values, whatever unit the source used", () => {
    expect(formatPublished(12.08, "Mt", exact)).toBe("12.08 million tonnes");
    expect(formatValue(12.08e6, "t")).toBe("12.1 million tonnes");
    expect(formatPublished(0.69, "bn CNY", exact)).toBe("690 million Chinese yuan");
    expect(formatPublished(421, "k vehicles", { bound: null, approx: true })).toBe("≈421,000 vehicles");
  });
});

describe("in other languages", () => {
  afterAll(() => switchLanguage("en"));

  it("writes Chinese and Russian numbers and units through Intl", async () => {
    await switchLanguage("zh");
    expect(formatValue(36.8e9, "CNY")).toBe("368亿人民币");
    await switchLanguage("ru");
    expect(formatValue(36.8e9, "CNY")).toBe("36,8 миллиарда китайских юаней");
  });
});

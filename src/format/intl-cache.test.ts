import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-cache";

describe("Intl formatters", () => {
  it("hands back the same formatter for the same locale and options, and another for other options", () => {
    expect(numberFormat("en", { maximumFractionDigits: 2 })).toBe(numberFormat("en", { maximumFractionDigits: 2 }));
    expect(numberFormat("en", { maximumFractionDigits: 1 })).not.toBe(numberFormat("en", { maximumFractionDigits: 2 }));
    expect(numberFormat("ru", { maximumFractionDigits: 2 })).not.toBe(numberFormat("en", { maximumFractionDigits: 2 }));
  });

  it("formats as a new formatter would", () => {
    const options: Intl.DateTimeFormatOptions = { month: "long", year: "numeric", timeZone: "UTC" };
    const may = new Date(Date.UTC(2023, 4, 1));
    expect(dateTimeFormat("zh-CN", options).format(may)).toBe(new Intl.DateTimeFormat("zh-CN", options).format(may));
  });
});

import { describe, expect, it } from "vitest";
import { ISO_NUMERIC_TO_ALPHA3 } from "./iso3";

describe("ISO_NUMERIC_TO_ALPHA3", () => {
  it("maps the corridor's anchor countries by world-atlas's zero-padded numeric id", () => {
    expect(ISO_NUMERIC_TO_ALPHA3["398"]).toBe("KAZ");
    expect(ISO_NUMERIC_TO_ALPHA3["156"]).toBe("CHN");
    expect(ISO_NUMERIC_TO_ALPHA3["643"]).toBe("RUS");
    expect(ISO_NUMERIC_TO_ALPHA3["004"]).toBe("AFG");
  });

  it("has no code for units without one, such as Kosovo", () => {
    expect(ISO_NUMERIC_TO_ALPHA3["-99"]).toBeUndefined();
  });

  it("has three-digit keys and distinct three-letter codes", () => {
    const entries = Object.entries(ISO_NUMERIC_TO_ALPHA3);
    for (const [numeric, alpha3] of entries) {
      expect(numeric).toMatch(/^\d{3}$/);
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
    }
    expect(new Set(entries.map(([, alpha3]) => alpha3)).size).toBe(entries.length);
  });
});

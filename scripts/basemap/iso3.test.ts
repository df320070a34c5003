import { describe, expect, it } from "vitest";
import { ISO_NUMERIC_TO_ALPHA3 } from "./iso3";
import { featuresOf, readTopology } from "./topology";

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

  it("has a code for every country and territory of world-atlas's 1:50m map that has an id", () => {
    const features = featuresOf(readTopology("world-atlas/countries-50m.json", ["countries"]), "countries");
    const missing = features.filter((f) => f.id !== undefined && ISO_NUMERIC_TO_ALPHA3[String(f.id)] === undefined);
    expect(missing.map((f) => f.properties?.["name"])).toEqual([]);
    expect(ISO_NUMERIC_TO_ALPHA3["840"]).toBe("USA");
    expect(ISO_NUMERIC_TO_ALPHA3["484"]).toBe("MEX");
  });
});

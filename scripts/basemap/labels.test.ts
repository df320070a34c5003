import { describe, expect, it } from "vitest";
import { pointInPolygon } from "./geometry";
import { FIT, abbreviate, countryLabelPlacement, fitZoom, isLabelled, labelEms, labelRoom, rankByArea } from "./labels";
import type { PolygonCoords } from "./types";

describe("isLabelled", () => {
  it("names sovereign states and Kosovo, not territories that would crowd them out", () => {
    expect(isLabelled({ name: "Kazakhstan", iso3: "KAZ" })).toBe(true);
    expect(isLabelled({ name: "Kosovo" })).toBe(true);
    expect(isLabelled({ name: "Hong Kong", iso3: "HKG" })).toBe(false);
    expect(isLabelled({ name: "Somaliland" })).toBe(false);
    expect(isLabelled({ name: "American Samoa", iso3: "ASM" })).toBe(false);
    expect(isLabelled({ name: "Antarctica", iso3: "ATA" })).toBe(false);
  });

  it("does not name a unit that shares its country's code", () => {
    expect(isLabelled({ name: "Australia", iso3: "AUS" })).toBe(true);
    expect(isLabelled({ name: "Ashmore and Cartier Is.", iso3: "AUS" })).toBe(false);
  });
});

describe("abbreviate", () => {
  it("shortens a long one-word name to its first syllables, as an atlas does", () => {
    expect(abbreviate("Kyrgyzstan")).toBe("Kyrg.");
    expect(abbreviate("Tajikistan")).toBe("Taj.");
    expect(abbreviate("Uzbekistan")).toBe("Uzb.");
    expect(abbreviate("Turkmenistan")).toBe("Turkm.");
    expect(abbreviate("Mongolia")).toBe("Mong.");
    expect(abbreviate("Switzerland")).toBe("Switz.");
    expect(abbreviate("Eritrea")).toBe("Eritr.");
  });

  it("leaves short names alone, and gives names with spaces only a listed form", () => {
    expect(abbreviate("China")).toBeUndefined();
    expect(abbreviate("Russia")).toBeUndefined();
    expect(abbreviate("United Kingdom")).toBe("U.K.");
    expect(abbreviate("Sint Maarten")).toBeUndefined();
  });

  it("never gives two countries the same short form", () => {
    const names = ["Slovakia", "Slovenia", "Austria", "Australia", "Mauritania", "Mauritius", "Malaysia", "Maldives", "Belarus", "Belgium", "Algeria", "Albania"];
    const forms = names.map(abbreviate);
    expect(new Set(forms).size).toBe(names.length);
  });
});

describe("fitZoom", () => {
  const room = { width: 4, height: 2 };

  it("is sooner for a shorter text and for a larger room", () => {
    expect(labelEms("Kyrg.")).toBeLessThan(labelEms("Kyrgyzstan"));
    expect(fitZoom("Kyrg.", 86, room)).toBeLessThan(fitZoom("Kyrgyzstan", 86, room));
    expect(fitZoom("Kyrgyzstan", 86, { width: 16, height: 8 })).toBeLessThan(fitZoom("Kyrgyzstan", 86, room));
  });

  it("lets a short form overhang its room more than a name may", () => {
    expect(fitZoom("Taj.", 94, { width: 3, height: 1.6 }, FIT.abbr)).toBeLessThanOrEqual(fitZoom("Taj.", 94, { width: 3, height: 1.6 }, FIT.name));
  });

  it("is past the last zoom of the point labels for a text that never fits", () => {
    expect(fitZoom("Liechtenstein", 190, { width: 0.1, height: 0.1 })).toBe(5);
  });
});

describe("labelRoom", () => {
  it("is twice the nearer side across and up, in Web Mercator", () => {
    const rect: PolygonCoords = [[[0, -1], [10, -1], [10, 1], [0, 1], [0, -1]]];
    const room = labelRoom(rect, [3, 0]);
    expect(room.width).toBeCloseTo(6, 6);
    expect(room.height).toBeCloseTo(2, 2);
  });
});

describe("countryLabelPlacement", () => {
  // A country like Mongolia: most of it east of the view, a wide western end inside it.
  const country: PolygonCoords = [[[88, 44], [120, 44], [120, 52], [88, 52], [88, 44]]];

  it("is the pole of the largest piece, inside it, without a view", () => {
    const islands: PolygonCoords = [[[0, 0], [0.5, 0], [0.5, 0.5], [0, 0.5], [0, 0]]];
    const placement = countryLabelPlacement([islands, country], null);
    expect(placement).not.toBeNull();
    expect(pointInPolygon(placement?.point ?? [], country)).toBe(true);
    expect(placement?.point[0] ?? 0).toBeGreaterThan(100);
  });

  it("moves into the opening view when the country reaches well into it", () => {
    const placement = countryLabelPlacement([country], [5, 34, 96, 57]);
    const [x = NaN, y = NaN] = placement?.point ?? [];
    expect(x).toBeGreaterThan(88);
    expect(x).toBeLessThan(96);
    expect(pointInPolygon([x, y], country)).toBe(true);
  });

  it("stays where it is when only a sliver of the country is in view", () => {
    const placement = countryLabelPlacement([country], [5, 34, 88.5, 57]);
    expect(placement?.point[0] ?? 0).toBeGreaterThan(100);
  });
});

describe("rankByArea", () => {
  it("ranks only labelled countries, largest first", () => {
    const small = { name: "small", label: [0, 0], km2: 10 };
    const large = { name: "large", label: [1, 1], km2: 1000 };
    const unlabelled = { name: "unlabelled", label: null, km2: 5000 };
    expect(rankByArea([small, unlabelled, large]).map((c) => c.name)).toEqual(["large", "small"]);
  });
});

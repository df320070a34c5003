import { describe, expect, it } from "vitest";
import { boxContains } from "./zones";
import { openingBox, packagePlaces, viewBox } from "./view";

const bundled = { bounds: [[5, 34], [96, 57]] } as const;

describe("viewBox", () => {
  it("is the bounds as [west, south, east, north]", () => {
    expect(viewBox(bundled)).toEqual([5, 34, 96, 57]);
  });

  it("reaches past 180 for bounds that cross the antimeridian", () => {
    expect(viewBox({ bounds: [[150, -25], [-150, 25]] })).toEqual([150, -25, 210, 25]);
  });

  it("is what a desktop map shows around a center at a zoom", () => {
    const [w = 0, s = 0, e = 0, n = 0] = viewBox({ center: [10, 50], zoom: 4 }) ?? [];
    expect((w + e) / 2).toBeCloseTo(10, 6);
    expect(e - w).toBeCloseTo((940 * 360) / (512 * 16), 6);
    expect(s).toBeLessThan(50);
    expect(n).toBeGreaterThan(50);
  });

  it("is null without a view", () => {
    expect(viewBox(undefined)).toBeNull();
    expect(viewBox({ zoom: 3 })).toBeNull();
  });
});

describe("openingBox", () => {
  const box = openingBox(bundled);

  it("is what both the desktop and the phone show of the bundled package: all of Central Asia", () => {
    expect(box).not.toBeNull();
    if (box === null) return;
    for (const p of [[74.8, 41.6], [69.8, 38.9], [63, 42.4], [70, 47.8], [66.4, 28], [90.5, 48.8]]) expect(boxContains(box, p), p.join(",")).toBe(true);
    // The bounds are wider than either screen is: the fit leaves them across and adds land above
    // and below, which every screen shows.
    expect(box[0]).toBeCloseTo(5, 6);
    expect(box[2]).toBeCloseTo(96, 6);
    expect(box[1]).toBeLessThan(34);
    expect(box[3]).toBeGreaterThan(57);
  });

  it("is null without a view", () => {
    expect(openingBox(undefined)).toBeNull();
  });
});

describe("packagePlaces", () => {
  const place = (id: string, kind: string, country: string, coordinates: number[], extra: Record<string, unknown> = {}) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties: { id, name_en: id, kind, country, coord_precision: "exact", coord_source: "S1", sources: ["S1"], ...extra },
  });

  it("takes the countries of drawn places and of the country across a port, not of anchors", () => {
    const places = packagePlaces({
      type: "FeatureCollection",
      features: [
        place("horgos", "port", "CHN", [80.37, 44.2], { across: "KAZ" }),
        place("tashkent", "city", "UZB", [69.2, 41.3]),
        place("turkmenistan", "country", "TKM", [59, 39], { coord_precision: "anchor", coord_note: "anchor" }),
        { type: "Feature", geometry: null, properties: { id: "broken" } },
      ],
    });
    expect([...places.countries].sort()).toEqual(["CHN", "KAZ", "UZB"]);
    expect(places.points).toEqual([[80.37, 44.2], [69.2, 41.3]]);
  });

  it("is empty for anything that is not a feature collection", () => {
    expect(packagePlaces(null)).toEqual({ points: [], countries: new Set() });
  });
});

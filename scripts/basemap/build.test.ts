import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBasemap, readSources, type Basemap, type Sources } from "./build";
import type { CountryProps } from "./countries";
import { pointInPolygon, polygonsOf } from "./geometry";
import type { LabelProps } from "./labels";
import { gzipTotal } from "./sizes";
import { openingBox, readPackagePlaces, readPackageView } from "./view";
import { boxContains } from "./zones";

// The real build, on the bundled package and on the same package with no view: what the app gets.
const DATA = join(import.meta.dirname, "..", "..", "data");
const BUDGET = 160 * 1024;

let sources: Sources;
let bundled: Basemap;
let noView: Basemap;

function file<T>(basemap: Basemap, name: string): T {
  const found = basemap.files.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return JSON.parse(found.text) as T;
}

function allPositions(value: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(value) && typeof value[0] === "number") out.push(value as Position);
  else if (Array.isArray(value)) for (const item of value) allPositions(item, out);
  return out;
}

beforeAll(() => {
  sources = readSources();
  const places = readPackagePlaces(DATA);
  bundled = buildBasemap(sources, readPackageView(DATA), places);
  noView = buildBasemap(sources, undefined, { points: [], countries: new Set() });
}, 60_000);

describe("the basemap build", () => {
  it("stays within the byte budget, with and without a view", () => {
    expect(gzipTotal(bundled.files)).toBeLessThanOrEqual(BUDGET);
    expect(gzipTotal(noView.files)).toBeLessThanOrEqual(BUDGET);
    expect(bundled.files.map((f) => f.name).sort()).toEqual(["borders.geojson", "countries.geojson", "labels.geojson", "lakes.geojson"]);
  });

  it("is the same every time", () => {
    const again = buildBasemap(sources, readPackageView(DATA), readPackagePlaces(DATA));
    expect(again.files.map((f) => f.text)).toEqual(bundled.files.map((f) => f.text));
  });

  it("covers the whole world, nothing past the antimeridian or the poles", () => {
    const countries = file<FeatureCollection<Polygon | MultiPolygon, CountryProps>>(bundled, "countries.geojson");
    const positions = allPositions(countries.features.map((f) => f.geometry.coordinates));
    expect(positions.every(([x = NaN, y = NaN]) => x >= -180 && x <= 180 && y >= -90 && y <= 90)).toBe(true);
    const iso3 = new Set(countries.features.map((f) => f.properties.iso3));
    for (const code of ["USA", "MEX", "BRA", "AUS", "ZAF", "NZL", "ATA", "FJI", "RUS", "CHN"]) expect(iso3.has(code), code).toBe(true);
    // Russia's Chukotka, past 180, comes back in from -180.
    const russia = countries.features.find((f) => f.properties.iso3 === "RUS");
    const xs = allPositions(russia?.geometry.coordinates).map(([x = 0]) => x);
    expect(Math.min(...xs)).toBeLessThan(-169);
    expect(Math.max(...xs)).toBeGreaterThan(179.9);
  });

  it("draws no border along the antimeridian or beyond Web Mercator's last latitude", () => {
    const borders = file<FeatureCollection<LineString>>(bundled, "borders.geojson");
    for (const f of borders.features) {
      const line = f.geometry.coordinates;
      for (let i = 1; i < line.length; i++) {
        const [ax = 0, ay = 0] = line[i - 1] ?? [];
        const [bx = 0, by = 0] = line[i] ?? [];
        expect(Math.abs(bx - ax)).toBeLessThan(180);
        expect(Math.abs(ax) === 180 && Math.abs(bx) === 180).toBe(false);
        expect(Math.max(Math.abs(ay), Math.abs(by))).toBeLessThanOrEqual(85.0511);
      }
    }
  });

  it("keeps Natural Earth's lakes, the Caspian and 1:110m's Balkhash among them, in any region", () => {
    const lakes = file<FeatureCollection<Polygon | MultiPolygon>>(bundled, "lakes.geojson");
    const inLake = (p: Position): boolean => lakes.features.some((f) => polygonsOf(f.geometry).some((polygon) => pointInPolygon(p, polygon)));
    expect(inLake([50.5, 42])).toBe(true); // Caspian Sea
    expect(inLake([74.5, 46.2])).toBe(true); // Lake Balkhash
    expect(inLake([-87.5, 47.7])).toBe(true); // Lake Superior
    expect(inLake([33, -1])).toBe(true); // Lake Victoria
  });

  it("puts every country label inside its country's outline", () => {
    for (const basemap of [bundled, noView]) {
      const countries = file<FeatureCollection<Polygon | MultiPolygon, CountryProps>>(basemap, "countries.geojson");
      const labels = file<FeatureCollection<Point, LabelProps>>(basemap, "labels.geojson");
      expect(labels.features.length).toBeGreaterThan(180);
      for (const label of labels.features) {
        const country = countries.features.find((f) => f.properties.name === label.properties.name && f.properties.rank === label.properties.rank);
        const polygons = country === undefined ? [] : polygonsOf(country.geometry);
        expect(polygons.some((p) => pointInPolygon(label.geometry.coordinates, p)), label.properties.name).toBe(true);
      }
    }
  });

  it("names the bundled package's countries first, in its opening view, with a text from zoom 1", () => {
    const labels = file<FeatureCollection<Point, LabelProps>>(bundled, "labels.geojson");
    const opening = openingBox(readPackageView(DATA));
    const story = ["CHN", "KAZ", "KGZ", "TJK", "UZB", "PAK", "RUS", "MNG"];
    for (const iso3 of story) {
      const label = labels.features.find((f) => f.properties.iso3 === iso3);
      expect(label, iso3).toBeDefined();
      if (label === undefined || opening === null) continue;
      expect(boxContains(opening, label.geometry.coordinates), iso3).toBe(true);
      const p = label.properties;
      expect(Math.min(p.nameZoom, p.abbrZoom ?? Infinity), iso3).toBeLessThanOrEqual(1);
      expect(p.order, iso3).toBeLessThanOrEqual(10);
    }
  });

  it("gives short forms that are unique, and only where the name does not fit yet", () => {
    const labels = file<FeatureCollection<Point, LabelProps>>(bundled, "labels.geojson").features.map((f) => f.properties);
    const abbrs = labels.flatMap((p) => (p.abbr === undefined ? [] : [p.abbr]));
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const p of labels) if (p.abbrZoom !== undefined) expect(p.abbrZoom).toBeLessThan(p.nameZoom);
  });
});

import { expression, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_FILES,
  BASEMAP_LABEL_FONT,
  BASEMAP_LAYER_IDS,
  BASEMAP_SOURCE_IDS,
  FIRST_LABEL_LAYER_ID,
  THEME_COLORS,
  TOP_LABEL_LAYER_ID,
  basemapStyle,
  countryLabelSize,
} from "./basemap-style";

const BASE = "https://news.example.org/maps/trade/basemap/";
const light = basemapStyle({ theme: "light", basemapBaseUrl: BASE });
const dark = basemapStyle({ theme: "dark", basemapBaseUrl: BASE });

function layer(style: StyleSpecification, id: string): LayerSpecification {
  const found = style.layers.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no layer ${id}`);
  return found;
}

function paintOf(style: StyleSpecification, id: string): Record<string, unknown> {
  const l = layer(style, id);
  return "paint" in l && l.paint !== undefined ? { ...l.paint } : {};
}

function layoutOf(style: StyleSpecification, id: string): Record<string, unknown> {
  const l = layer(style, id);
  return "layout" in l && l.layout !== undefined ? { ...l.layout } : {};
}

/** Evaluates a style expression the way MapLibre does, at a zoom, for a feature with these properties. */
function evaluate(value: unknown, zoom: number, properties: Record<string, unknown>): unknown {
  const parsed = expression.createExpression(value, "test");
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom } as never, { type: "Point", properties } as never);
}

/** Every string anywhere in the style that looks like a URL or a host. */
function urlsIn(value: unknown): string[] {
  if (typeof value === "string") return /^[a-z][a-z\d+.-]*:|^\/\/|\.(pbf|json|geojson|woff2?|ttf)\b/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(urlsIn);
  return [];
}

describe("basemapStyle", () => {
  it("is a valid MapLibre style in both themes", () => {
    // The style-spec validator is the one maplibre-gl itself runs when it loads a style.
    expect(validateStyleMin(light)).toEqual([]);
    expect(validateStyleMin(dark)).toEqual([]);
  });

  it("has no glyphs property and no URL to another origin", () => {
    for (const style of [light, dark]) {
      expect(style).not.toHaveProperty("glyphs");
      expect(style).not.toHaveProperty("sprite");
      expect(style).not.toHaveProperty("font-faces");
      const urls = urlsIn(style);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
    }
  });

  it("puts every data source under the given base URL", () => {
    const data = Object.values(light.sources).map((s) => ("data" in s ? s.data : undefined));
    expect(data.sort()).toEqual(Object.values(BASEMAP_FILES).map((f) => `${BASE}${f}`).sort());
  });

  it("adds the slash a base URL without one would need", () => {
    const style = basemapStyle({ theme: "light", basemapBaseUrl: BASE.slice(0, -1) });
    expect(urlsIn(style)).toContain(`${BASE}countries.geojson`);
  });

  it("refuses a relative base URL, which MapLibre's worker could not resolve", () => {
    expect(() => basemapStyle({ theme: "light", basemapBaseUrl: "basemap/" })).toThrow(/absolute/);
    expect(() => basemapStyle({ theme: "light", basemapBaseUrl: "/basemap/" })).toThrow(/absolute/);
  });

  it("uses a water-coloured background so the Caspian reads as water", () => {
    for (const [style, theme] of [[light, "light"], [dark, "dark"]] as const) {
      expect(style.layers[0]?.type).toBe("background");
      expect(paintOf(style, BASEMAP_LAYER_IDS.background)["background-color"]).toBe(THEME_COLORS[theme].water);
      expect(paintOf(style, BASEMAP_LAYER_IDS.lakes)["fill-color"]).toBe(THEME_COLORS[theme].water);
      expect(THEME_COLORS[theme].water).not.toBe(THEME_COLORS[theme].land);
    }
  });

  it("dark theme changes land and label colours", () => {
    expect(THEME_COLORS.dark.land).not.toBe(THEME_COLORS.light.land);
    expect(THEME_COLORS.dark.label).not.toBe(THEME_COLORS.light.label);
    expect(JSON.stringify(paintOf(dark, BASEMAP_LAYER_IDS.countries))).toContain(THEME_COLORS.dark.land);
    expect(JSON.stringify(paintOf(light, BASEMAP_LAYER_IDS.countries))).toContain(THEME_COLORS.light.land);
    expect(JSON.stringify(paintOf(dark, BASEMAP_LAYER_IDS.countryLabels)["text-color"])).toContain(THEME_COLORS.dark.label);
    expect(JSON.stringify(paintOf(light, BASEMAP_LAYER_IDS.countryLabels)["text-color"])).toContain(THEME_COLORS.light.label);
  });

  it("labels the polygons from zoom 5 by name, sorted by rank, so the largest countries are placed first", () => {
    expect(layoutOf(light, BASEMAP_LAYER_IDS.countryLabelsDetail)["symbol-sort-key"]).toEqual(["get", "rank"]);
    expect(layoutOf(light, BASEMAP_LAYER_IDS.countryLabelsDetail)["text-field"]).toEqual(["get", "name"]);
  });

  it("names local font families only, ending in a generic family that always resolves", () => {
    expect(BASEMAP_LABEL_FONT.at(-1)).toBe("sans-serif");
    for (const id of [BASEMAP_LAYER_IDS.countryLabels, BASEMAP_LAYER_IDS.countryLabelsDetail]) {
      expect(layoutOf(light, id)["text-font"]).toEqual(BASEMAP_LABEL_FONT);
    }
  });

  it("draws every symbol layer above every other layer, from FIRST_LABEL_LAYER_ID on", () => {
    const first = light.layers.findIndex((l) => l.id === FIRST_LABEL_LAYER_ID);
    expect(first).toBeGreaterThan(0);
    expect(light.layers[first]?.type).toBe("symbol");
    expect(light.layers.slice(first).every((l) => l.type === "symbol")).toBe(true);
    expect(light.layers.slice(0, first).some((l) => l.type === "symbol")).toBe(false);
  });

  it("gives every layer an id from BASEMAP_LAYER_IDS, each once", () => {
    expect(light.layers.map((l) => l.id).sort()).toEqual(Object.values(BASEMAP_LAYER_IDS).sort());
  });

  it("shades no country by default, and exactly the highlighted ones when given", () => {
    expect(paintOf(light, BASEMAP_LAYER_IDS.countries)["fill-color"]).toBe(THEME_COLORS.light.land);
    for (const theme of ["light", "dark"] as const) {
      const style = basemapStyle({ theme, basemapBaseUrl: BASE, highlightCountries: ["KAZ", "CHN", "KAZ"] });
      expect(validateStyleMin(style)).toEqual([]);
      const fill = paintOf(style, BASEMAP_LAYER_IDS.countries)["fill-color"];
      const c = THEME_COLORS[theme];
      expect(evaluate(fill, 3, { iso3: "KAZ" })).toBe(c.focusLand);
      expect(evaluate(fill, 3, { iso3: "CHN" })).toBe(c.focusLand);
      expect(evaluate(fill, 3, { iso3: "FRA" })).toBe(c.land);
      expect(evaluate(fill, 3, { name: "Kosovo" })).toBe(c.land);
    }
  });

  it("draws the coast from the country outlines, beneath the fills, with no file of its own", () => {
    const coast = layer(light, BASEMAP_LAYER_IDS.coastlines);
    expect("source" in coast && coast.source).toBe(BASEMAP_SOURCE_IDS.countries);
    const order = light.layers.map((l) => l.id);
    expect(order.indexOf(BASEMAP_LAYER_IDS.coastlines)).toBeLessThan(order.indexOf(BASEMAP_LAYER_IDS.countries));
    expect(Object.keys(BASEMAP_FILES)).not.toContain("coastlines");
  });

  it("names a country by its short form until its name fits, and not at all before that", () => {
    const text = layoutOf(light, BASEMAP_LAYER_IDS.countryLabels)["text-field"];
    const kyrgyzstan = { name: "Kyrgyzstan", abbr: "Kyrg.", nameZoom: 2, abbrZoom: 1, rank: 86 };
    expect([0, 1, 2, 3, 4.9].map((zoom) => String(evaluate(text, Math.floor(zoom), kyrgyzstan)))).toEqual(["", "Kyrg.", "Kyrgyzstan", "Kyrgyzstan", "Kyrgyzstan"]);
    expect(evaluate(text, 0, { name: "Russia", nameZoom: 0, rank: 1 })).toBe("Russia");
    expect(evaluate(text, 4, { name: "Andorra", nameZoom: 5, rank: 200 })).toBe("");
  });

  it("sizes names with the same numbers the basemap build measures them by", () => {
    const size = layoutOf(light, BASEMAP_LAYER_IDS.countryLabels)["text-size"];
    for (const zoom of [0, 1, 1.5, 2, 2.8, 4, 6, 7.5, 9, 11]) {
      for (const rank of [1, 12, 13, 40, 41, 200]) expect(evaluate(size, zoom, { rank }), `${zoom} ${rank}`).toBeCloseTo(countryLabelSize(zoom, rank), 6);
    }
    expect(countryLabelSize(1.5, 94)).toBeLessThan(countryLabelSize(1.5, 1));
  });

  it("places the package's own countries' names first at low zoom, largest first after them", () => {
    const key = layoutOf(light, BASEMAP_LAYER_IDS.countryLabels)["symbol-sort-key"];
    expect(evaluate(key, 2, { order: 3, rank: 90 })).toBe(3);
    expect(evaluate(key, 2, { rank: 7 })).toBe(7);
  });

  it("ends with the low-zoom country names, so labels added beneath TOP_LABEL_LAYER_ID give way to them", () => {
    expect(light.layers.at(-1)?.id).toBe(TOP_LABEL_LAYER_ID);
    expect(layer(light, TOP_LABEL_LAYER_ID).maxzoom).toBe(layer(light, BASEMAP_LAYER_IDS.countryLabelsDetail).minzoom);
  });
});

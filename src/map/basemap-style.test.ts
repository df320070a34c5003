import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_FILES,
  BASEMAP_LABEL_FONT,
  BASEMAP_LAYER_IDS,
  FIRST_LABEL_LAYER_ID,
  THEME_COLORS,
  basemapStyle,
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
    expect(paintOf(dark, BASEMAP_LAYER_IDS.countryLabels)["text-color"]).toBe(THEME_COLORS.dark.label);
    expect(paintOf(light, BASEMAP_LAYER_IDS.countryLabels)["text-color"]).toBe(THEME_COLORS.light.label);
  });

  it("labels sort by rank, so the largest countries are placed first", () => {
    for (const id of [BASEMAP_LAYER_IDS.countryLabels, BASEMAP_LAYER_IDS.countryLabelsDetail]) {
      expect(layoutOf(light, id)["symbol-sort-key"]).toEqual(["get", "rank"]);
      expect(layoutOf(light, id)["text-field"]).toEqual(["get", "name"]);
    }
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
});

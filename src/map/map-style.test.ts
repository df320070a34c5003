import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { FIRST_LABEL_LAYER_ID } from "./basemap-style";
import { resolveMapStyle } from "./map-style";

const BASE = "https://news.example/corridors/basemap/";

describe("resolveMapStyle", () => {
  it("uses the bundled basemap, data layers going under the basemap's labels", () => {
    const resolved = resolveMapStyle({ theme: "light", styleUrl: null, basemapBaseUrl: BASE, highlightCountries: ["KAZ"] });
    expect(resolved.beforeId).toBe(FIRST_LABEL_LAYER_ID);
    expect((resolved.style as StyleSpecification).layers.some((l) => l.id === FIRST_LABEL_LAYER_ID)).toBe(true);
  });

  it("hands a reader's own style URL to MapLibre as it is, with the data layers on top", () => {
    const resolved = resolveMapStyle({ theme: "dark", styleUrl: "https://tiles.example/style.json", basemapBaseUrl: BASE, highlightCountries: [] });
    expect(resolved).toEqual({ style: "https://tiles.example/style.json", beforeId: undefined, topBeforeId: undefined });
  });
});

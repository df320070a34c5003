import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import type { Place } from "../data/model";
import { FIRST_LABEL_LAYER_ID } from "./basemap-style";
import { resolveMapStyle } from "./map-style";
import { PLACE_LABELS_LAYER_ID } from "./place-labels";

const places: Place[] = [
  { id: "horgos", nameEn: "Horgos", altNames: [], kind: "port", country: "CHN", modes: [], coordinates: [80.37, 44.2], coordSources: [], sources: [] },
  { id: "kazakhstan", nameEn: "Kazakhstan", altNames: [], kind: "country", country: "KAZ", modes: [], coordinates: [71.4, 51.2], coordSources: [], sources: [] },
];
const BASE = "https://news.example/corridors/basemap/";

describe("resolveMapStyle", () => {
  it("uses the bundled basemap with port labels, data layers going under the basemap's labels", () => {
    const resolved = resolveMapStyle({ theme: "light", places, styleUrl: null, basemapBaseUrl: BASE });
    const style = resolved.style as StyleSpecification;
    expect(resolved.beforeId).toBe(FIRST_LABEL_LAYER_ID);
    expect(style.layers.at(-1)?.id).toBe(PLACE_LABELS_LAYER_ID);
    expect(JSON.stringify(style)).toContain('"Horgos"');
  });

  it("labels ports and cities but not the abstract country anchors", () => {
    const style = resolveMapStyle({ theme: "light", places, styleUrl: null, basemapBaseUrl: BASE }).style as StyleSpecification;
    expect(JSON.stringify(style.sources)).not.toContain('"name":"Kazakhstan"');
  });

  it("hands a reader's own style URL to MapLibre as it is, with the data layers on top", () => {
    const resolved = resolveMapStyle({ theme: "dark", places, styleUrl: "https://tiles.example/style.json", basemapBaseUrl: BASE });
    expect(resolved).toEqual({ style: "https://tiles.example/style.json", beforeId: undefined });
  });
});

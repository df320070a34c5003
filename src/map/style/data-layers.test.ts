import { latest, expression } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { basemapStyle } from "../basemap-style";
import { DATA_LAYER_IDS, dataLayersBelowLabels, dataLayersOnTop, perFeature } from "./data-layers";

type SpecTable = Record<string, Record<string, unknown>>;

/**
 * What MapLibre keys a shader program by: for each paint property of the layer type that can be
 * drawn per feature, whether this layer's value is per feature (an attribute) or not (a uniform).
 */
function programKey(layer: LayerSpecification): string {
  const spec = (latest as unknown as SpecTable)[`paint_${layer.type}`] ?? {};
  const paint = ("paint" in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;
  const dashed = "line-dasharray" in paint;
  const perFeatureProps = Object.keys(spec)
    .filter((name) => {
      const value = paint[name];
      if (value === undefined) return false;
      const parsed = expression.createPropertyExpression(value, name, spec[name] as Parameters<typeof expression.createPropertyExpression>[2]);
      if (parsed.result !== "success") throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
      return parsed.value.kind === "source" || parsed.value.kind === "composite";
    })
    .sort();
  return `${layer.type}${dashed ? "/dashed" : ""}:${perFeatureProps.join(",")}`;
}

const options = { theme: "light" as const, font: ["Noto Sans Regular"] };
const ours = [...dataLayersBelowLabels(options), ...dataLayersOnTop(options)];
// Shown only in the animated mode, where its dashes are stepped frame by frame.
const drawnAtOpening = ours.filter((l) => l.id !== DATA_LAYER_IDS.corridorsDash);

describe("the package's MapLibre layers share shader programs", () => {
  it("writes a constant as a per-feature value that MapLibre does not fold back into a constant", () => {
    const parsed = expression.createPropertyExpression(perFeature(1.5), "line-width", latest.paint_line["line-width"] as Parameters<typeof expression.createPropertyExpression>[2]);
    expect(parsed.result).toBe("success");
    expect(parsed.result === "success" ? parsed.value.kind : "").toBe("source");
  });

  it("gives every line layer the same per-feature paint properties, so all of them are one program", () => {
    const keys = new Set(drawnAtOpening.filter((l) => l.type === "line").map(programKey));
    expect([...keys]).toEqual(["line/dashed:line-color,line-dasharray,line-offset,line-opacity,line-width"]);
  });

  it("draws all label text with one program", () => {
    const keys = new Set(drawnAtOpening.filter((l) => l.type === "symbol" && "text-field" in (l.layout ?? {})).map((l) => programKey({ ...l, paint: Object.fromEntries(Object.entries(l.paint ?? {}).filter(([k]) => k.startsWith("text-"))) } as LayerSpecification)));
    expect(keys.size).toBe(1);
  });

  it("fills zones with the program of the basemap's country fill", () => {
    const basemap = basemapStyle({ theme: "light", basemapBaseUrl: "http://localhost/basemap/", highlightCountries: ["CHN"] });
    const countries = basemap.layers.find((l) => l.id === "basemap-countries");
    const zones = ours.find((l) => l.id === DATA_LAYER_IDS.zonesFill);
    expect(countries && zones).toBeTruthy();
    if (countries && zones) expect(programKey(zones)).toBe(programKey(countries));
  });
});

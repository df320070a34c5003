import { latest, expression } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { basemapStyle } from "../basemap-style";
import { DATA_LAYER_IDS, dataLayersBelowLabels, dataLayersOnTop } from "./data-layers";
import { perFeature, widthAtEveryZoom } from "./per-feature";

type SpecTable = Record<string, Record<string, unknown>>;

/**
 * What MapLibre keys a shader program by: for each paint property of the layer type that can be
 * drawn per feature, whether this layer's value is per feature (an attribute), per feature and zoom
 * (another attribute layout) or neither (a uniform). Dashes are keyed per feature either way.
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
    .sort()
    .map((name) => {
      const parsed = expression.createPropertyExpression(paint[name], name, spec[name] as Parameters<typeof expression.createPropertyExpression>[2]);
      return parsed.result === "success" && parsed.value.kind === "composite" && name !== "line-dasharray" ? `${name}@zoom` : name;
    });
  return `${layer.type}${dashed ? "/dashed" : ""}:${perFeatureProps.join(",")}`;
}

const options = { theme: "light" as const, font: ["Noto Sans Regular"] };
const ours = [...dataLayersBelowLabels(options), ...dataLayersOnTop(options)];
const basemap = basemapStyle({ theme: "light", basemapBaseUrl: "http://localhost/basemap/", highlightCountries: ["CHN"], countryNames: null }).layers;
const textKey = (l: LayerSpecification) => programKey({ ...l, paint: Object.fromEntries(Object.entries(("paint" in l ? l.paint : undefined) ?? {}).filter(([k]) => k.startsWith("text-"))) } as LayerSpecification);
const isText = (l: LayerSpecification) => l.type === "symbol" && "text-field" in (l.layout ?? {});
// Shown only in the animated mode, where its dashes are stepped frame by frame.
const drawnAtOpening = ours.filter((l) => l.id !== DATA_LAYER_IDS.corridorsDash);

describe("the package's MapLibre layers share shader programs", () => {
  it("writes a constant as a per-feature value that MapLibre does not fold back into a constant", () => {
    const parsed = expression.createPropertyExpression(perFeature(1.5), "line-width", latest.paint_line["line-width"] as Parameters<typeof expression.createPropertyExpression>[2]);
    expect(parsed.result).toBe("success");
    expect(parsed.result === "success" ? parsed.value.kind : "").toBe("source");
  });

  it("reads a per-feature width at every zoom as a width per feature and zoom", () => {
    const parsed = expression.createPropertyExpression(widthAtEveryZoom(1.5), "line-width", latest.paint_line["line-width"] as Parameters<typeof expression.createPropertyExpression>[2]);
    expect(parsed.result === "success" ? parsed.value.kind : "").toBe("composite");
  });

  it("gives every dashed line, the basemap's borders included, the same per-feature paint, so all of them are one program", () => {
    const dashed = [...basemap, ...drawnAtOpening].filter((l) => l.type === "line" && "paint" in l && l.paint && "line-dasharray" in l.paint);
    expect(dashed.map((l) => l.id)).toContain("basemap-borders");
    const keys = new Set(dashed.map(programKey));
    expect([...keys]).toEqual(["line/dashed:line-color,line-dasharray,line-offset,line-opacity,line-width@zoom"]);
  });

  it("draws every line of the package with dashes, even a solid one, so none needs a program of its own", () => {
    for (const layer of drawnAtOpening.filter((l) => l.type === "line")) expect(programKey(layer), layer.id).toContain("/dashed");
  });

  it("draws all label text, the basemap's country names included, with one program", () => {
    const labels = [...basemap, ...drawnAtOpening].filter(isText);
    expect(labels.some((l) => l.id.startsWith("basemap-"))).toBe(true);
    expect(new Set(labels.map(textKey)).size).toBe(1);
  });

  it("fills zones with the program of the basemap's country fill", () => {
    const countries = basemap.find((l) => l.id === "basemap-countries");
    const zones = ours.find((l) => l.id === DATA_LAYER_IDS.zonesFill);
    expect(countries && zones).toBeTruthy();
    if (countries && zones) expect(programKey(zones)).toBe(programKey(countries));
  });

  it("keeps the totals' circles and every icon at a constant zero opacity, so MapLibre draws none of them and compiles neither program", () => {
    const circles = ours.filter((l) => l.type === "circle");
    const icons = ours.filter((l) => l.type === "symbol" && "icon-image" in (l.layout ?? {}));
    expect(circles.map((l) => l.id)).toEqual([DATA_LAYER_IDS.totals]);
    expect(icons.map((l) => l.id).sort()).toEqual([DATA_LAYER_IDS.corridorEnds, DATA_LAYER_IDS.places].sort());
    const paint = (l: LayerSpecification) => ("paint" in l ? (l.paint ?? {}) : {}) as Record<string, unknown>;
    for (const layer of circles) expect([paint(layer)["circle-opacity"], paint(layer)["circle-stroke-opacity"]], layer.id).toEqual([0, 0]);
    for (const layer of icons) expect(paint(layer)["icon-opacity"], layer.id).toBe(0);
  });
});

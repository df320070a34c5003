import { describe, expect, it } from "vitest";
import { DATA_LAYER_IDS, dataLayersBelowLabels, dataLayersOnTop } from "./data-layers";
import { LAYER_GROUP, withLayerVisibility } from "./layer-visibility";

const layers = [...dataLayersBelowLabels({ theme: "light", font: ["Noto Sans Regular"] }), ...dataLayersOnTop({ theme: "light", font: ["Noto Sans Regular"] })];
const all = { flows: true, places: true, routes: true, zones: true };
const isHidden = (l: (typeof layers)[number]) => (l.layout as { visibility?: string } | undefined)?.visibility === "none";
/** Layers the switch hides, beyond the animated mode's dashes, which are hidden until that mode is on. */
const hiddenIds = (visible: typeof all) =>
  withLayerVisibility(layers, visible)
    .filter((l, i) => isHidden(l) && !isHidden(layers[i] ?? l))
    .map((l) => l.id);

describe("withLayerVisibility", () => {
  it("puts every one of the package's layers in a group a reader can switch off", () => {
    for (const layer of layers) expect(LAYER_GROUP[layer.id], layer.id).toBeDefined();
  });

  it("hides the places' symbols and names when places are switched off, and nothing else", () => {
    expect(hiddenIds({ ...all, places: false })).toEqual([DATA_LAYER_IDS.places]);
  });

  it("hides every route phase with the routes, and the zones' fill and outlines with the zones", () => {
    expect(hiddenIds({ ...all, routes: false }).sort()).toEqual([DATA_LAYER_IDS.routesConstruction, DATA_LAYER_IDS.routesOperating, DATA_LAYER_IDS.routesPlanned].sort());
    expect(hiddenIds({ ...all, zones: false }).sort()).toEqual([DATA_LAYER_IDS.zonesFill, DATA_LAYER_IDS.zonesLine, DATA_LAYER_IDS.zonesLineApprox].sort());
  });

  it("hides the corridors, their labels, the circles and the group names with the flows", () => {
    expect(hiddenIds({ ...all, flows: false })).toEqual(expect.arrayContaining([DATA_LAYER_IDS.corridors, DATA_LAYER_IDS.corridorEnds, DATA_LAYER_IDS.totals, DATA_LAYER_IDS.anchors]));
  });

  it("leaves the layers as they are when everything is shown", () => {
    expect(withLayerVisibility(layers, all)).toEqual(layers);
  });
});

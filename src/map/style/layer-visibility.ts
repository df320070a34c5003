import type { LayerSpecification } from "maplibre-gl";
import { DATA_LAYER_IDS as L } from "./data-layers";

/** What a reader can switch off in the display options: each of the package's layers belongs to one. */
export type LayerGroup = "flows" | "places" | "routes" | "zones";

export const LAYER_GROUP: Readonly<Record<string, LayerGroup>> = {
  [L.zonesFill]: "zones",
  [L.zonesLine]: "zones",
  [L.zonesLineApprox]: "zones",
  [L.routesOperating]: "routes",
  [L.routesConstruction]: "routes",
  [L.routesPlanned]: "routes",
  [L.corridorsCasing]: "flows",
  [L.corridors]: "flows",
  [L.corridorsDash]: "flows",
  [L.totals]: "flows",
  [L.corridorEnds]: "flows",
  [L.anchors]: "flows",
  [L.places]: "places",
};

/**
 * The layers with the switched-off groups hidden (`visibility: none`), in the style itself, so that
 * MapLibre's style diff keeps them hidden across theme and language changes. A hidden layer is not
 * drawn and not found by a hover or a tap.
 */
export function withLayerVisibility(layers: readonly LayerSpecification[], visible: Readonly<Record<LayerGroup, boolean>>): LayerSpecification[] {
  return layers.map((layer) => {
    const group = LAYER_GROUP[layer.id];
    if (!group || visible[group]) return layer;
    return { ...layer, layout: { ...(layer.layout ?? {}), visibility: "none" } } as LayerSpecification;
  });
}

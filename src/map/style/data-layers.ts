import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { FLOW_STATE } from "../../state/selectors/flow-state";
import { ROUTE_COLORS, ZONE_COLORS, cssColor, type Rgba, type Theme } from "../layers/palette";
import { DATA_SOURCE_IDS as S } from "./data-sources";
import { perFeature, widthAtEveryZoom } from "./per-feature";

/** Route phases as feature-state numbers: each phase has its own layer and line pattern. */
export const ROUTE_PHASE_CODE = { none: 0, planned: 1, construction: 2, operating: 3 } as const;

export const DATA_LAYER_IDS = {
  zonesFill: "data-zones-fill",
  zonesLine: "data-zones-line",
  zonesLineApprox: "data-zones-line-approx",
  routesOperating: "data-routes-operating",
  routesConstruction: "data-routes-construction",
  routesPlanned: "data-routes-planned",
  corridorsCasing: "data-corridors-casing",
  corridors: "data-corridors",
  corridorsDash: "data-corridors-dash",
  totals: "data-totals",
  corridorEnds: "data-corridor-ends",
  anchors: "data-anchors",
  places: "data-places",
} as const;

/** Layers a reader can point at, front to back: what a hover or a tap picks first. */
export const PICKABLE_LAYER_IDS = [DATA_LAYER_IDS.places, DATA_LAYER_IDS.totals, DATA_LAYER_IDS.corridors, DATA_LAYER_IDS.routesOperating, DATA_LAYER_IDS.routesConstruction, DATA_LAYER_IDS.routesPlanned, DATA_LAYER_IDS.zonesFill] as const;

const state = (key: string): ExpressionSpecification => ["feature-state", key];
const isState = (key: string, value: number | boolean): ExpressionSpecification => ["==", ["coalesce", state(key), -1], value];
const SOLID: ExpressionSpecification = perFeature(["literal", [1, 0]]);
const NO_OFFSET: ExpressionSpecification = perFeature(0);

/** Opacity of a flow drawing from its state: hidden by a filter, dimmed by a focus elsewhere, or shown. */
const flowOpacity = (shown: number): ExpressionSpecification => ["case", isState("state", FLOW_STATE.hidden), 0, isState("state", FLOW_STATE.dimmed), shown * 0.16, shown];

/** A pinned zone's fill: the same colour, nearly twice as opaque. */
function strongerFill([r, g, b, a]: Rgba): Rgba {
  return [r, g, b, Math.min(255, Math.round(a * 1.8))];
}

export interface DataLayerOptions {
  theme: Theme;
  font: string[];
}

/** Zones, routes, corridors and totals: beneath the basemap's labels and the deck.gl arcs' labels. */
export function dataLayersBelowLabels({ theme }: DataLayerOptions): LayerSpecification[] {
  const zone = ZONE_COLORS[theme];
  const route = ROUTE_COLORS[theme];
  const halo = theme === "dark" ? "rgba(18,26,34,0.85)" : "rgba(255,255,255,0.85)";
  const routeWidth: ExpressionSpecification = ["match", ["get", "mode"], "rail", 1.8, "road", 1.3, 1.1];
  const routeOn = (phase: number, shown: number): ExpressionSpecification => ["case", isState("phase", phase), ["case", ["to-boolean", state("hi")], 1, shown], 0];
  const unbuiltRoute = (id: string, cap: "butt" | "round", dashes: [number, number], opacity: ExpressionSpecification): LayerSpecification => ({
    id,
    type: "line",
    source: S.routes,
    layout: { "line-join": "round", "line-cap": cap },
    paint: { "line-color": perFeature(cssColor(route.planned)), "line-width": widthAtEveryZoom(routeWidth), "line-offset": NO_OFFSET, "line-dasharray": perFeature(["literal", dashes]), "line-opacity": opacity },
  });
  return [
    {
      id: DATA_LAYER_IDS.zonesFill,
      type: "fill",
      source: S.zones,
      // The state picks the colour, not the opacity: a constant opacity and a per-feature colour is the basemap's country fill, whose program this shares.
      paint: { "fill-color": ["case", ["to-boolean", state("on")], ["case", ["to-boolean", state("hi")], cssColor(strongerFill(zone.fill)), cssColor(zone.fill)], "rgba(0, 0, 0, 0)"] },
    },
    {
      id: DATA_LAYER_IDS.zonesLine,
      type: "line",
      source: S.zones,
      filter: ["!", ["get", "approximate"]],
      paint: { "line-color": perFeature(cssColor(zone.line)), "line-width": widthAtEveryZoom(1.5), "line-offset": NO_OFFSET, "line-dasharray": SOLID, "line-opacity": ["case", ["to-boolean", state("on")], 1, 0] },
    },
    {
      id: DATA_LAYER_IDS.zonesLineApprox,
      type: "line",
      source: S.zones,
      filter: ["get", "approximate"],
      // Dashed: an outline drawn by us where none is published.
      paint: {
        "line-color": perFeature(cssColor(zone.line)),
        "line-width": widthAtEveryZoom(1.5),
        "line-offset": NO_OFFSET,
        "line-dasharray": perFeature(["literal", [3, 2]]),
        "line-opacity": ["case", ["to-boolean", state("on")], 1, 0],
      },
    },
    {
      id: DATA_LAYER_IDS.routesOperating,
      type: "line",
      source: S.routes,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": perFeature(cssColor(route.line)),
        "line-width": widthAtEveryZoom(["case", ["to-boolean", state("hi")], ["*", routeWidth, 2.2], routeWidth]),
        "line-offset": NO_OFFSET,
        // Air routes are dashed great circles; rail and road are solid, rail heavier.
        "line-dasharray": ["match", ["get", "mode"], "air", ["literal", [4, 3]], ["literal", [1, 0]]],
        "line-opacity": routeOn(ROUTE_PHASE_CODE.operating, 0.75),
      },
    },
    // Lines not yet operating are grey and dashed: long dashes while being built, dots while planned.
    unbuiltRoute(DATA_LAYER_IDS.routesConstruction, "butt", [2.5, 1.5], routeOn(ROUTE_PHASE_CODE.construction, 0.85)),
    unbuiltRoute(DATA_LAYER_IDS.routesPlanned, "round", [0.1, 2.2], routeOn(ROUTE_PHASE_CODE.planned, 0.8)),
    {
      id: DATA_LAYER_IDS.corridorsCasing,
      type: "line",
      source: S.corridors,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": perFeature(halo),
        "line-width": widthAtEveryZoom(["+", ["coalesce", state("w"), 0], 2]),
        "line-offset": ["coalesce", state("offset"), 0],
        "line-dasharray": SOLID,
        "line-opacity": ["case", [">", ["coalesce", state("w"), 0], 0], flowOpacity(0.9), 0],
      },
    },
    {
      id: DATA_LAYER_IDS.corridors,
      type: "line",
      source: S.corridors,
      layout: { "line-join": "round", "line-cap": "butt" },
      paint: { "line-color": ["get", "color"], "line-width": widthAtEveryZoom(["coalesce", state("w"), 0]), "line-offset": ["coalesce", state("offset"), 0], "line-dasharray": SOLID, "line-opacity": flowOpacity(0.95) },
    },
    {
      // Moving dashes over the corridors in the animated mode; their pattern is stepped by the map view.
      id: DATA_LAYER_IDS.corridorsDash,
      type: "line",
      source: S.corridors,
      layout: { "line-join": "round", visibility: "none" },
      paint: { "line-color": halo, "line-width": ["*", ["coalesce", state("w"), 0], 0.45], "line-offset": ["coalesce", state("offset"), 0], "line-dasharray": [0, 4, 3], "line-opacity": flowOpacity(0.8) },
    },
    {
      id: DATA_LAYER_IDS.totals,
      type: "circle",
      source: S.totals,
      paint: {
        "circle-radius": ["coalesce", state("r"), 0],
        // Drawn by deck.gl (layers/markers-layer.ts): this layer is only what a hover or a tap finds.
        // Constant zero opacities make MapLibre skip it when drawing, so its circle program is never compiled.
        "circle-opacity": 0,
        "circle-stroke-opacity": 0,
        "circle-stroke-width": 1.5,
      },
    },
  ];
}

/** The places, then labels for where flows end and for group anchors: above everything. */
export function dataLayersOnTop({ theme, font }: DataLayerOptions): LayerSpecification[] {
  const dark = theme === "dark";
  const text = dark ? "#f0f0f0" : "#1a1a1a";
  const muted = dark ? "#c9cdd2" : "#4a4a4a";
  const halo = dark ? "rgba(20,24,30,0.92)" : "rgba(255,255,255,0.92)";
  const on = ["case", ["to-boolean", state("on")], 1, 0] as ExpressionSpecification;
  // Later layers are placed first in label collisions: where a flow ends and a group's name win over town names.
  return [
    {
      id: DATA_LAYER_IDS.places,
      type: "symbol",
      source: S.places,
      layout: {
        "icon-image": ["get", "icon"],
        // Every place keeps its symbol; labels give way to symbols and to each other.
        "icon-allow-overlap": true,
        "icon-ignore-placement": false,
        "icon-padding": 0,
        "text-field": ["get", "name"],
        "text-font": font,
        "text-size": ["match", ["get", "kind"], "port", 13, "hub", 12, 11.5],
        "symbol-sort-key": ["get", "rank"],
        "text-variable-anchor": ["left", "right", "top", "bottom", "top-left", "bottom-right"],
        "text-radial-offset": 0.75,
        "text-justify": "auto",
        "text-max-width": 9,
        "text-optional": true,
        "text-padding": 3,
      },
      paint: {
        // The symbols are drawn by deck.gl (layers/markers-layer.ts); the images stay for label placement and picking.
        "icon-opacity": 0,
        "text-color": ["match", ["get", "kind"], "port", text, muted],
        "text-halo-color": halo,
        "text-halo-width": 1.6,
        "text-opacity": ["case", isState("focus", FLOW_STATE.dimmed), 0.55, 1],
      },
    },
    {
      id: DATA_LAYER_IDS.corridorEnds,
      type: "symbol",
      source: S.corridorEnds,
      layout: {
        "icon-image": ["get", "arrow"],
        "icon-rotate": ["get", "bearing"],
        "icon-rotation-alignment": "map",
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 11.5,
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 0.9,
        "text-max-width": 8,
        "text-optional": true,
      },
      // Arrowheads are drawn by deck.gl, as the place symbols are.
      paint: { "icon-opacity": 0, "text-color": perFeature(muted), "text-halo-color": halo, "text-halo-width": 1.5, "text-opacity": on },
    },
    {
      id: DATA_LAYER_IDS.anchors,
      type: "symbol",
      source: S.anchors,
      layout: { "text-field": ["get", "name"], "text-font": font, "text-size": 12, "text-transform": "uppercase", "text-letter-spacing": 0.06, "text-max-width": 8, "text-offset": [0, 1] },
      paint: { "text-color": perFeature(muted), "text-halo-color": halo, "text-halo-width": 1.5, "text-opacity": on },
    },
  ];
}

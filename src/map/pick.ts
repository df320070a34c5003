import type { MapGeoJSONFeature } from "maplibre-gl";
import type { Frames } from "../data/frames/build-frames";
import { FLOW_STATE } from "../state/selectors/flow-state";
import type { Selection } from "../state/store";
import { ARCS_LAYER_ID } from "./layers/arcs-layer";
import { DATA_LAYER_IDS, PICKABLE_LAYER_IDS } from "./style/data-layers";

/** What is under the pointer: MapLibre's rendered features first, then deck.gl's arcs. */
export interface PickSources {
  queryFeatures: (box: [[number, number], [number, number]], layers: readonly string[]) => MapGeoJSONFeature[];
  pickArc: (point: { x: number; y: number }, radius: number) => { layerId: string | undefined; index: number } | null;
}

export interface Pick {
  selection: Selection | null;
  /** Every distinct place within reach: more than one means the reader should choose. */
  placeIds: string[];
}

const ROUTE_LAYERS: readonly string[] = [DATA_LAYER_IDS.routesOperating, DATA_LAYER_IDS.routesConstruction, DATA_LAYER_IDS.routesPlanned];

/** A feature drawn invisibly this month (a zone before it existed, a corridor without a value) is not there to pick. */
function visible(feature: MapGeoJSONFeature): boolean {
  const state = feature.state as Record<string, unknown>;
  switch (feature.layer.id) {
    case DATA_LAYER_IDS.zonesFill:
      return state.on === true;
    case DATA_LAYER_IDS.corridors:
      return Number(state.w ?? 0) > 0 && state.state !== FLOW_STATE.hidden;
    case DATA_LAYER_IDS.totals:
      return Number(state.r ?? 0) > 0 && state.state !== FLOW_STATE.hidden;
    default:
      return ROUTE_LAYERS.includes(feature.layer.id) ? Number(state.phase ?? 0) > 0 : true;
  }
}

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
  const p = feature.properties as Record<string, unknown>;
  const text = (key: string) => (typeof p[key] === "string" ? (p[key] as string) : null);
  switch (feature.layer.id) {
    case DATA_LAYER_IDS.places: {
      const id = text("id");
      return id ? { type: "place", id } : null;
    }
    case DATA_LAYER_IDS.totals: {
      const id = text("seriesKey");
      return id ? { type: "total", id } : null;
    }
    case DATA_LAYER_IDS.corridors: {
      const id = text("seriesKey");
      return id ? { type: "flow", id } : null;
    }
    case DATA_LAYER_IDS.zonesFill: {
      const id = text("id");
      return id ? { type: "zone", id } : null;
    }
    default: {
      const id = ROUTE_LAYERS.includes(feature.layer.id) ? text("id") : null;
      return id ? { type: "route", id } : null;
    }
  }
}

const PRIORITY: readonly string[] = [DATA_LAYER_IDS.places, DATA_LAYER_IDS.totals, DATA_LAYER_IDS.corridors, "arcs", ...ROUTE_LAYERS, DATA_LAYER_IDS.zonesFill];

/**
 * Picks what a reader points at, in the order a reader expects: a port before the circle around
 * it, a circle before a corridor, a corridor before an arc, any of them before a route or a zone.
 * `radius` is larger for touch, so a fingertip reaches a 10-pixel ring.
 */
export function pickAt(sources: PickSources, point: { x: number; y: number }, radius: number, frames: Frames | null, metric: string): Pick {
  const box: [[number, number], [number, number]] = [
    [point.x - radius, point.y - radius],
    [point.x + radius, point.y + radius],
  ];
  const features = sources.queryFeatures(box, PICKABLE_LAYER_IDS).filter(visible);
  const placeIds = [...new Set(features.filter((f) => f.layer.id === DATA_LAYER_IDS.places).flatMap((f) => {
    const id = (f.properties as Record<string, unknown>).id;
    return typeof id === "string" ? [id] : [];
  }))];
  const candidates: { rank: number; selection: Selection }[] = [];
  for (const feature of features) {
    const selection = selectionOf(feature);
    if (selection) candidates.push({ rank: PRIORITY.indexOf(feature.layer.id), selection });
  }
  const arc = sources.pickArc(point, radius);
  if (arc && arc.layerId === ARCS_LAYER_ID && arc.index >= 0) {
    const flow = frames?.flows.get(metric)?.items[arc.index];
    if (flow) candidates.push({ rank: PRIORITY.indexOf("arcs"), selection: { type: "flow", id: flow.seriesKey } });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return { selection: candidates[0]?.selection ?? null, placeIds };
}

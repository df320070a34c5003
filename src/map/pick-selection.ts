import type { Frames } from "../data/frames/build-frames";
import type { Selection } from "../state/store";
import { ARCS_LAYER_ID } from "./layers/arcs-layer";
import { PLACES_LAYER_ID, type DrawnPlace } from "./layers/places-layer";
import { ROUTES_LAYER_ID, type DrawnRoute } from "./layers/routes-layer";
import { TOTALS_LAYER_ID } from "./layers/totals-layer";
import { ZONES_LAYER_ID, type DrawnZone } from "./layers/zones-layer";

/** What deck.gl reports on hover or click, reduced to the fields we read. */
export interface PickInfo {
  layerId: string | undefined;
  index: number;
  object: unknown;
}

/** Turns a deck.gl pick into the store's Selection; binary layers are resolved through the frames. */
export function selectionOfPick(pick: PickInfo, frames: Frames | null, metric: string): Selection | null {
  if (pick.index < 0 || !pick.layerId) return null;
  switch (pick.layerId) {
    case ARCS_LAYER_ID: {
      const flow = frames?.flows.get(metric)?.items[pick.index];
      return flow ? { type: "flow", id: flow.seriesKey } : null;
    }
    case TOTALS_LAYER_ID: {
      const total = frames?.totals.get(metric)?.items[pick.index];
      return total ? { type: "total", id: total.seriesKey } : null;
    }
    case PLACES_LAYER_ID:
      return { type: "place", id: (pick.object as DrawnPlace).id };
    case ZONES_LAYER_ID:
      return { type: "zone", id: (pick.object as DrawnZone).zone.id };
    case ROUTES_LAYER_ID:
      return { type: "route", id: (pick.object as DrawnRoute).route.id };
    default:
      return null;
  }
}

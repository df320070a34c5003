import type { Corridor, Flow, PlaceTotal } from "../../data/frames/build-frames";
import type { FlowMode } from "../../data/frames/resolve-drawing";
import type { CompiledPackage, Place } from "../../data/model";
import { FLOW_STATE } from "./flow-state";
import type { FlowFilters, Selection } from "../store";
import { lookups } from "./lookups";

type Drawn = Flow | Corridor | PlaceTotal;

const modeOf = (item: Drawn): FlowMode | undefined => ("mode" in item ? item.mode : undefined);
const throughOf = (item: Drawn): string | undefined => ("through" in item ? item.through : "place" in item ? item.place : undefined);
const beyondOf = (item: Drawn): string | undefined => ("beyondCountry" in item ? item.beyondCountry : undefined);

/** Does a drawing concern a place: starts, ends or passes there, or (for a country) ends in it? */
function concerns(item: Drawn, place: Place, places: ReadonlyMap<string, Place>): boolean {
  if (item.origin === place.id || item.destination === place.id || throughOf(item) === place.id) return true;
  if (place.kind !== "country" || !place.country) return false;
  const country = place.country;
  return beyondOf(item) === country || places.get(item.destination)?.country === country || places.get(item.origin)?.country === country;
}

function passesFilters(item: Drawn, filters: FlowFilters, places: ReadonlyMap<string, Place>): boolean {
  if (filters.mode && modeOf(item) !== filters.mode) return false;
  if (filters.port && item.origin !== filters.port && throughOf(item) !== filters.port) return false;
  if (filters.partner) {
    // A total is trade "with all partners": it is about no single partner.
    if ("place" in item) return false;
    const partner = places.get(filters.partner);
    if (!partner || !concerns(item, partner, places)) return false;
  }
  return true;
}

function related(item: Drawn, pinned: Selection, places: ReadonlyMap<string, Place>): boolean | undefined {
  switch (pinned.type) {
    case "place": {
      const place = places.get(pinned.id);
      return place ? concerns(item, place, places) : undefined;
    }
    case "flow":
    case "total":
      return item.seriesKey === pinned.id;
    case "route":
      return "routeId" in item && item.routeId === pinned.id;
    default:
      // A zone has no flows of its own: pinning one dims nothing.
      return undefined;
  }
}

/**
 * One FLOW_STATE per drawn item, for each list (arcs, corridors, circles): hidden when a filter
 * excludes it; when something is pinned, its own flows highlighted and all the rest dimmed, so a
 * reader sees at once what belongs to it. The focus is decided over all lists together.
 */
export function flowStates(lists: readonly (readonly Drawn[])[], data: CompiledPackage, filters: FlowFilters, pinned: Selection | null): Float32Array[] {
  const places = lookups(data).places;
  const focused = pinned ? lists.some((items) => items.some((item) => related(item, pinned, places) === true)) : false;
  return lists.map((items) => {
    const states = new Float32Array(items.length);
    items.forEach((item, i) => {
      if (!passesFilters(item, filters, places)) states[i] = FLOW_STATE.hidden;
      else if (pinned && focused) states[i] = related(item, pinned, places) ? FLOW_STATE.highlighted : FLOW_STATE.dimmed;
      else states[i] = FLOW_STATE.normal;
    });
    return states;
  });
}

/**
 * Top N: keeps the `n` largest values of the month among what the filters leave visible (arcs and
 * corridors together) and hides the rest. Returns new state arrays; the inputs are not changed.
 */
export function withTopN(values: readonly ArrayLike<number>[], states: readonly Float32Array[], n: number | null): Float32Array[] {
  if (!n) return [...states];
  const ranked: { value: number; list: number; index: number }[] = [];
  values.forEach((v, list) => {
    const s = states[list];
    for (let i = 0; i < v.length; i += 1) {
      const value = v[i] ?? Number.NaN;
      if (Number.isFinite(value) && value > 0 && s?.[i] !== FLOW_STATE.hidden) ranked.push({ value, list, index: i });
    }
  });
  const result = states.map((s) => s.slice());
  if (ranked.length <= n) return result;
  ranked.sort((a, b) => b.value - a.value);
  for (const { list, index } of ranked.slice(n)) {
    const target = result[list];
    if (target) target[index] = FLOW_STATE.hidden;
  }
  return result;
}

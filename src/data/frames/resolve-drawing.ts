import bearing from "@turf/bearing";
import destination from "@turf/destination";
import type { MetricDefinition, Mode, Place, Route, Series } from "../model";
import { corridorPath, type CorridorPath, type LonLat } from "./corridor-path";

/** rail, road, air, a mode the package declares, or "mixed" when the origin has several */
export type FlowMode = string;
export type PointPlace = Place & { coordinates: LonLat };

/** Length of the short stroke drawn through a port whose route is not in the package. */
export const STUB_AHEAD_KM = 200;
export const STUB_BEHIND_KM = 60;

/** How one series is drawn; `key` names the drawing, so two series on the same drawing can be told apart. */
export type Drawing =
  | { kind: "arc"; key: string; from: PointPlace; to: PointPlace }
  | {
      kind: "corridor";
      key: string;
      /** The route drawn along; undefined for a stub through a port whose route is not in the package. */
      route: Route | undefined;
      through: PointPlace;
      path: LonLat[];
      /** The first place across the border, whose country the drawing ends in ("<country> and beyond"). */
      beyond: Place | undefined;
      beyondCountry: string | undefined;
    }
  | { kind: "total"; key: string; at: PointPlace }
  | { kind: "none"; reason: string };

const hasPoint = (place: Place | undefined): place is PointPlace => !!place && place.coordinates !== null;

export function countryAnchors(places: readonly Place[]): Map<string, PointPlace> {
  const anchors = new Map<string, PointPlace>();
  for (const place of places) if (place.kind === "country" && place.country && hasPoint(place)) anchors.set(place.country, place);
  return anchors;
}

/** Corridor paths by `corridorPathKey`; undefined where the port is not on the route. */
export type CorridorPaths = Map<string, CorridorPath | undefined>;
export const corridorPathKey = (routeId: string, portId: string): string => `${routeId}\u0000${portId}`;

export interface DrawingContext {
  placesById: ReadonlyMap<string, Place>;
  routesById: ReadonlyMap<string, Route>;
  anchors: ReadonlyMap<string, PointPlace>;
  /** Corridor paths by route and port, once each: many series (metrics, directions, sources) share one. */
  corridorPaths?: CorridorPaths;
}

function cachedCorridorPath(route: Route, port: PointPlace, ctx: DrawingContext): CorridorPath | undefined {
  const key = corridorPathKey(route.id, port.id);
  if (ctx.corridorPaths?.has(key)) return ctx.corridorPaths.get(key);
  const path = corridorPath(route, port, ctx.placesById);
  ctx.corridorPaths?.set(key, path);
  return path;
}

/** A short stroke through a port towards the country across: where its figure's traffic goes first. */
function stubThrough(port: PointPlace, ctx: DrawingContext): LonLat[] | undefined {
  const counterpart = port.counterpart ? ctx.placesById.get(port.counterpart) : undefined;
  const across = port.across ? ctx.anchors.get(port.across) : undefined;
  const towards = hasPoint(counterpart) && counterpart.id !== port.id ? counterpart : across;
  if (!towards || (towards.coordinates[0] === port.coordinates[0] && towards.coordinates[1] === port.coordinates[1])) return undefined;
  const heading = bearing(port.coordinates, towards.coordinates);
  const at = (km: number, deg: number): LonLat => {
    const [lon, lat] = destination(port.coordinates, km, deg).geometry.coordinates;
    return [lon ?? 0, lat ?? 0];
  };
  return [at(STUB_BEHIND_KM, heading + 180), port.coordinates, at(STUB_AHEAD_KM, heading)];
}

/**
 * Decides how a series is drawn. A figure that names its route follows it through the port; a
 * port's figure for all partners without a route is a short stroke across its border; a flow
 * between two located places (a country anchor, a group's anchor) is an arc; a total for all
 * partners is a circle at its place. Anything else cannot be drawn and is listed beside the map.
 */
export function resolveDrawing(series: Pick<Series, "origin" | "destination" | "routes" | "direction">, ctx: DrawingContext): Drawing {
  // Exports, imports and two-way figures of one place each get their own drawing (lanes of a
  // corridor, differently curved arcs): only series on the very same drawing share it.
  const lane = series.direction;
  const from = ctx.placesById.get(series.origin);
  const to = ctx.placesById.get(series.destination);
  const route = series.routes[0] ? ctx.routesById.get(series.routes[0]) : undefined;
  if (route) {
    // A port's exports start there; its imports are entered with the partner as origin and end
    // there: either way the corridor is drawn through the port the figure is counted at.
    for (const port of [from, to]) {
      if (!hasPoint(port) || (port === to && from?.kind === "port")) continue;
      const corridor = cachedCorridorPath(route, port, ctx);
      if (corridor) {
        const beyondCountry = corridor.beyond?.country;
        return { kind: "corridor", key: `corridor:${route.id}:${port.id}|${lane}`, route, through: port, path: corridor.path, beyond: corridor.beyond, beyondCountry };
      }
    }
  }
  const toAllPartners = to?.kind === "group" && !hasPoint(to);
  if (hasPoint(from) && from.kind === "port" && from.across && (toAllPartners || to?.country === from.across)) {
    const path = stubThrough(from, ctx);
    if (path) return { kind: "corridor", key: `corridor:stub:${from.id}|${lane}`, route: undefined, through: from, path, beyond: undefined, beyondCountry: from.across };
  }
  if (hasPoint(from) && hasPoint(to) && from.id !== to.id) return { kind: "arc", key: `arc:${from.id}>${to.id}|${lane}`, from, to };
  if (hasPoint(from) && (toAllPartners || !to)) return { kind: "total", key: `total:${from.id}`, at: from };
  if (hasPoint(to) && from?.kind === "group" && !hasPoint(from)) return { kind: "total", key: `total:${to.id}`, at: to };
  return { kind: "none", reason: "neither end has a position on the map" };
}

/** The transport mode a flow is coloured by: the metric's declared mode, else the route's, else the origin's. */
export function flowMode(metric: MetricDefinition | undefined, drawing: Drawing, origin: Place | undefined): FlowMode {
  if (metric?.mode) return metric.mode;
  if (drawing.kind === "corridor" && drawing.route) return drawing.route.mode;
  if (origin?.kind === "airport") return "air";
  const modes = (origin?.modes ?? []).filter((m: Mode) => m !== "pipeline");
  return modes.length === 1 && modes[0] ? modes[0] : "mixed";
}

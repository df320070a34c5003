import length from "@turf/length";
import { lineSliceAlong } from "@turf/line-slice-along";
import { nearestPointOnLine } from "@turf/nearest-point-on-line";
import type { Feature, LineString, Position } from "geojson";
import type { Place, Route } from "../model";

/** How much of the route is drawn on either side of where the figure is counted. */
export const CORRIDOR_BEFORE_KM = 120;
export const CORRIDOR_AFTER_KM = 250;
/** A place further than this from a route's line is not on it. */
const ON_ROUTE_KM = 25;

export type LonLat = [number, number];

export interface CorridorPath {
  /** From the counting place's side of China outwards: the direction goods leave in. */
  path: LonLat[];
  /** The first place across the border the route reaches, if any. */
  beyond?: Place;
}

const toLonLat = (p: Position): LonLat => [p[0] ?? 0, p[1] ?? 0];
const lineOf = (coordinates: Position[]): Feature<LineString> => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates } });

/** The part of a (Multi)LineString closest to a point. */
function nearestPart(route: Route, point: LonLat): { line: Feature<LineString>; distanceKm: number } {
  const parts = route.geometry.type === "LineString" ? [route.geometry.coordinates] : route.geometry.coordinates;
  let best = { line: lineOf(parts[0] ?? []), distanceKm: Infinity };
  for (const coordinates of parts) {
    if (coordinates.length < 2) continue;
    const line = lineOf(coordinates);
    const distanceKm = nearestPointOnLine(line, point).properties.dist;
    if (distanceKm < best.distanceKm) best = { line, distanceKm };
  }
  return best;
}

const alongKm = (line: Feature<LineString>, point: LonLat) => nearestPointOnLine(line, point).properties.location;

/**
 * The stretch of a route a port's figure is drawn along: from a little before the counting place
 * to a little past the border, oriented outwards. Figures only say "through this port", so the drawing
 * ends where the data ends: just past the first place across the border, never at a capital.
 * Returns undefined when the place is not on the route.
 */
export function corridorPath(route: Route, origin: Place, placesById: ReadonlyMap<string, Place>): CorridorPath | undefined {
  if (!origin.coordinates) return undefined;
  const { line, distanceKm } = nearestPart(route, origin.coordinates);
  if (!Number.isFinite(distanceKm) || distanceKm > ON_ROUTE_KM) return undefined;
  const total = length(line);
  const at = alongKm(line, origin.coordinates);
  const foreign = route.via
    .map((id) => placesById.get(id))
    .filter((p): p is Place & { coordinates: LonLat } => !!p?.coordinates && !!p.country && !!origin.country && p.country !== origin.country)
    .map((place) => ({ place, km: alongKm(line, place.coordinates) }));
  const ahead = foreign.filter((f) => f.km >= at).sort((a, b) => a.km - b.km)[0];
  const behind = foreign.filter((f) => f.km < at).sort((a, b) => b.km - a.km)[0];
  // Outwards is towards the nearest foreign place on the line; a domestic route is drawn as authored.
  const forwards = !behind || (!!ahead && ahead.km - at <= at - behind.km);
  const crossing = forwards ? ahead : behind;
  const [from, to] = forwards
    ? [Math.max(0, at - CORRIDOR_BEFORE_KM), Math.min(total, (crossing?.km ?? at) + CORRIDOR_AFTER_KM)]
    : [Math.max(0, (crossing?.km ?? at) - CORRIDOR_AFTER_KM), Math.min(total, at + CORRIDOR_BEFORE_KM)];
  if (to - from <= 0) return undefined;
  const slice = lineSliceAlong(line, from, to).geometry.coordinates.map(toLonLat);
  return { path: forwards ? slice : [...slice].reverse(), ...(crossing ? { beyond: crossing.place } : {}) };
}

import bearing from "@turf/bearing";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import type { Corridor, PlaceTotal } from "../../data/frames/build-frames";
import type { Place, Route, Zone } from "../../data/model";
import { cssColor, type Rgba } from "../layers/palette";
import { hexOf } from "./map-images";

/**
 * The package as GeoJSON for MapLibre's own layers. Feature ids are indexes into the lists the map
 * draws from (places, zones, routes, or the metric's corridors and totals), so a month step only
 * sets feature states on them: no re-tiling.
 */
export const DATA_SOURCE_IDS = {
  zones: "data-zones",
  routes: "data-routes",
  places: "data-places",
  corridors: "data-corridors",
  corridorEnds: "data-corridor-ends",
  totals: "data-totals",
  anchors: "data-anchors",
} as const;

export type PlaceSymbol = "port" | "hub" | "airport" | "town" | "none";

/**
 * The symbol each kind of place is drawn with. Country anchors, regions and groups are abstract
 * points (their city is drawn instead); a kind the package declares says its own symbol.
 */
const BUILT_IN_SYMBOLS: Readonly<Record<string, PlaceSymbol>> = { port: "port", counterpart: "town", city: "town", hub: "hub", airport: "airport", region: "none", country: "none", group: "none" };

export function symbolOf(kind: string, declared: readonly { id: string; symbol: PlaceSymbol }[] = []): PlaceSymbol {
  return declared.find((k) => k.id === kind)?.symbol ?? BUILT_IN_SYMBOLS[kind] ?? "town";
}

export type DrawnPlace = Place & { coordinates: [number, number]; symbol: Exclude<PlaceSymbol, "none"> };

export function drawnPlaces(places: readonly Place[], declared: readonly { id: string; symbol: PlaceSymbol }[] = []): DrawnPlace[] {
  return places.flatMap((p) => {
    const symbol = symbolOf(p.kind, declared);
    return p.coordinates !== null && symbol !== "none" ? [{ ...p, coordinates: p.coordinates, symbol }] : [];
  });
}

/** A position a reader must not take for surveyed: nearest town, hand-placed, or a representative point. */
export function isApproximate(place: Pick<Place, "coordPrecision">): boolean {
  return place.coordPrecision === "nearest_town" || place.coordPrecision === "approximate" || place.coordPrecision === "anchor";
}

/** Lower ranks win label collisions: ports are the map's subject, then hubs, then towns. */
const LABEL_RANK: Readonly<Record<string, number>> = { port: 0, hub: 1, airport: 2, town: 3 };

export function placeIcon(place: Pick<DrawnPlace, "symbol" | "coordPrecision">): string {
  return `icon-${place.symbol}${isApproximate(place) ? "-approx" : ""}`;
}

export type NameOf = (place: Place) => string;

export function placesCollection(places: readonly DrawnPlace[], nameOf: NameOf): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: places.map((p, i) => ({
      type: "Feature",
      id: i,
      geometry: { type: "Point", coordinates: p.coordinates },
      // A counterpart across the border ranks after the town it is: the port's own name comes first.
      properties: { id: p.id, name: nameOf(p), kind: p.symbol, rank: (LABEL_RANK[p.symbol] ?? 5) + (p.kind === "counterpart" ? 1 : 0), icon: placeIcon(p) },
    })),
  };
}

export function zonesCollection(zones: readonly Zone[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: "FeatureCollection",
    features: zones.map((z, i) => ({
      type: "Feature",
      id: i,
      geometry: z.geometry,
      properties: { id: z.id, kind: z.kind, approximate: z.outline === "approximate" },
    })),
  };
}

export function routesCollection(routes: readonly Route[]): FeatureCollection<LineString | MultiLineString> {
  return {
    type: "FeatureCollection",
    features: routes.map((r, i) => ({ type: "Feature", id: i, geometry: r.geometry, properties: { id: r.id, mode: r.mode } })),
  };
}

export function corridorsCollection(corridors: readonly Corridor[], colorOf: (c: Corridor) => Rgba): FeatureCollection<LineString> {
  return {
    type: "FeatureCollection",
    features: corridors.map((c, i) => ({
      type: "Feature",
      id: i,
      geometry: { type: "LineString", coordinates: c.path },
      properties: { seriesKey: c.seriesKey, direction: c.direction, color: cssColor(colorOf(c)) },
    })),
  };
}

/** Where a corridor's arrowhead goes and which way it points (degrees clockwise from north): imports point back into the port. */
export function corridorTip(c: Pick<Corridor, "path" | "direction">): { tip: [number, number]; heading: number } | null {
  const last = c.path[c.path.length - 1];
  const before = c.path[c.path.length - 2];
  const first = c.path[0];
  const second = c.path[1];
  if (!last || !before || !first || !second) return null;
  const inwards = c.direction === "import";
  return { tip: inwards ? first : last, heading: inwards ? bearing(second, first) : bearing(before, last) };
}

/**
 * Where each corridor ends, with the words for where the data ends ("<country> and beyond") and the
 * direction of travel for an arrowhead. Imports point back into the port.
 */
export function corridorEndsCollection(
  corridors: readonly Corridor[],
  labelOf: (c: Corridor) => string,
  colorOf: (c: Corridor) => Rgba,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  // One label per corridor, however many lanes (two-way, exports, imports) it has.
  const labelled = new Set<string>();
  const order = (c: Corridor) => (c.direction === "both" ? 0 : c.direction === "export" ? 1 : 2);
  const first = new Map<string, number>();
  corridors.forEach((c, i) => {
    const bundle = `${c.routeId ?? "stub"}:${c.through}`;
    const current = first.get(bundle);
    const currentCorridor = current === undefined ? undefined : corridors[current];
    if (currentCorridor === undefined || order(c) < order(currentCorridor)) first.set(bundle, i);
  });
  for (const i of first.values()) labelled.add(String(i));
  corridors.forEach((c, i) => {
    const end = corridorTip(c);
    if (!end) return;
    const { tip, heading } = end;
    features.push({
      type: "Feature",
      id: i,
      geometry: { type: "Point", coordinates: tip },
      // Two-way traffic has no arrowhead; an arrowhead's image carries its colour in its name.
      properties: { label: labelled.has(String(i)) ? labelOf(c) : "", arrow: c.direction === "both" ? "" : `icon-arrow-${hexOf(colorOf(c))}`, bearing: heading },
    });
  });
  return { type: "FeatureCollection", features };
}

export function totalsCollection(totals: readonly PlaceTotal[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: totals.map((t, i) => ({ type: "Feature", id: i, geometry: { type: "Point", coordinates: t.position }, properties: { seriesKey: t.seriesKey } })),
  };
}

/** Labels at the anchors of groups that arcs are drawn to ("the EU", "the Gulf states"), so a reader knows the arc ends at no city. */
export function anchorsCollection(anchors: readonly { id: string; name: string; position: [number, number] }[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: anchors.map((a, i) => ({ type: "Feature", id: i, geometry: { type: "Point", coordinates: a.position }, properties: { id: a.id, name: a.name } })),
  };
}

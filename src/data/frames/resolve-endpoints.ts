import type { Mode, Place, Series } from "../model";

export type FlowMode = Exclude<Mode, "pipeline"> | "mixed";

/** Where a series is drawn: an arc between two points, or a circle at one place. */
export type SeriesGeometry =
  | {
      kind: "arc";
      from: Place & { coordinates: [number, number] };
      to: Place & { coordinates: [number, number] };
      /**
       * True when the series' partner is a group (e.g. "all partners") and the arc is drawn to the
       * country across the border instead: the first country the goods enter, not their market.
       */
      toIsNeighbour: boolean;
    }
  | { kind: "circle"; at: Place & { coordinates: [number, number] } }
  | { kind: "none" };

type PointPlace = Place & { coordinates: [number, number] };
const hasPoint = (place: Place | undefined): place is PointPlace => !!place && place.coordinates !== null;

export function countryAnchors(places: readonly Place[]): Map<string, PointPlace> {
  const anchors = new Map<string, PointPlace>();
  for (const place of places) {
    if (place.kind === "country" && place.country && hasPoint(place)) anchors.set(place.country, place);
  }
  return anchors;
}

/**
 * Decides how a series is drawn. A flow between two located places is an arc. A port's flow to a
 * group of partners is drawn to the neighbouring country's anchor, and says so. Anything else that
 * starts at a located place is a circle there.
 */
export function resolveSeriesGeometry(
  series: Pick<Series, "origin" | "destination">,
  placesById: ReadonlyMap<string, Place>,
  anchors: ReadonlyMap<string, PointPlace>,
): SeriesGeometry {
  const from = placesById.get(series.origin);
  const to = placesById.get(series.destination);
  if (hasPoint(from) && hasPoint(to) && from.id !== to.id) return { kind: "arc", from, to, toIsNeighbour: false };
  if (hasPoint(from) && to?.kind === "group" && from.kind === "port" && from.across) {
    const neighbour = anchors.get(from.across);
    if (neighbour) return { kind: "arc", from, to: neighbour, toIsNeighbour: true };
  }
  if (hasPoint(from)) return { kind: "circle", at: from };
  return { kind: "none" };
}

const MODE_OF_METRIC: Readonly<Record<string, FlowMode>> = {
  trains: "rail",
  vehicle_exports: "road",
  vehicle_traffic: "road",
};

/** The transport mode a flow is coloured by: from the metric when it implies one, else from the origin's modes. */
export function flowMode(metric: string, origin: Place | undefined): FlowMode {
  const fromMetric = MODE_OF_METRIC[metric];
  if (fromMetric) return fromMetric;
  if (origin?.kind === "airport") return "air";
  const modes = (origin?.modes ?? []).filter((m): m is Exclude<Mode, "pipeline"> => m !== "pipeline");
  return modes.length === 1 && modes[0] ? modes[0] : "mixed";
}

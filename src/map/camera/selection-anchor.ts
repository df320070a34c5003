import type { Frames } from "../../data/frames/build-frames";
import type { LonLat } from "../../data/frames/corridor-path";
import type { CompiledPackage } from "../../data/model";
import { lookups } from "../../state/selectors/lookups";
import type { Selection } from "../../state/store";
import { boundsOf } from "./bounds";

const middleOf = (points: readonly LonLat[]): LonLat | null => points[Math.floor(points.length / 2)] ?? null;

function centreOf(points: Iterable<LonLat>): LonLat | null {
  const box = boundsOf(points);
  return box ? [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2] : null;
}

/**
 * A point that stands for a selection on the map, for keeping it in view when a bottom sheet or a
 * camera move would hide it: a place's point, a circle's place, the middle of a corridor's path or of
 * an arc, the centre of a zone's outline or a route's line. Null when it is not drawn.
 */
export function selectionAnchor(data: CompiledPackage, frames: Frames | null, metric: string, selection: Selection): LonLat | null {
  const l = lookups(data);
  switch (selection.type) {
    case "place":
      return l.places.get(selection.id)?.coordinates ?? null;
    case "total": {
      const total = frames?.totals.get(metric)?.items.find((t) => t.seriesKey === selection.id);
      return total?.position ?? null;
    }
    case "flow": {
      const corridor = frames?.corridors.get(metric)?.items.find((c) => c.seriesKey === selection.id);
      if (corridor) return middleOf(corridor.path);
      const arc = frames?.flows.get(metric)?.items.find((f) => f.seriesKey === selection.id);
      if (arc) return [(arc.source[0] + arc.target[0]) / 2, (arc.source[1] + arc.target[1]) / 2];
      const total = frames?.totals.get(metric)?.items.find((t) => t.seriesKey === selection.id);
      return total?.position ?? null;
    }
    case "zone": {
      const zone = l.zones.get(selection.id);
      if (!zone) return null;
      const rings = zone.geometry.type === "Polygon" ? [zone.geometry.coordinates[0] ?? []] : zone.geometry.coordinates.map((p) => p[0] ?? []);
      return centreOf(rings.flat().map(([lon = 0, lat = 0]) => [lon, lat] as LonLat));
    }
    case "route": {
      const route = l.routes.get(selection.id);
      if (!route) return null;
      const lines = route.geometry.type === "LineString" ? [route.geometry.coordinates] : route.geometry.coordinates;
      return middleOf(lines.flat().map(([lon = 0, lat = 0]) => [lon, lat] as LonLat));
    }
  }
}

import type { SeriesKey } from "./model";

/** One string per series: the same metric, origin, destination, direction and subject. */
export function seriesKeyOf(key: SeriesKey): string {
  return [key.metric, key.origin, key.destination, key.direction, key.subject ?? ""].join("|");
}

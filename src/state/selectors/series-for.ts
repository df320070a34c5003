import type { CompiledPackage, Series } from "../../data/model";
import type { Selection } from "../store";
import { lookups } from "./lookups";

/** Official series first (no subject), then by how many months they cover. */
function byRelevance(a: Series, b: Series): number {
  return (a.subject ? 1 : 0) - (b.subject ? 1 : 0) || b.values.length - a.values.length;
}

/** Every series of a metric that starts or ends at a place, most relevant first. */
export function seriesOfPlace(data: CompiledPackage, placeId: string, metric: string): Series[] {
  return data.series.filter((s) => s.metric === metric && (s.origin === placeId || s.destination === placeId)).sort(byRelevance);
}

/**
 * The series the small chart above the slider shows: the pinned flow or total, else the pinned
 * place's main series, else the series the package names as the metric's headline, else the
 * official series covering most months.
 */
export function chartSeries(data: CompiledPackage, metric: string, pinned: Selection | null): Series | undefined {
  if (pinned?.type === "flow" || pinned?.type === "total") {
    const series = lookups(data).series.get(pinned.id);
    if (series?.metric === metric) return series;
  }
  if (pinned?.type === "place") {
    const own = seriesOfPlace(data, pinned.id, metric)[0];
    if (own) return own;
  }
  const headline = data.dataset.metrics.find((m) => m.id === metric)?.headline;
  const named = headline
    ? data.series.find(
        (s) =>
          s.metric === metric &&
          s.origin === headline.origin &&
          s.destination === headline.destination &&
          (headline.direction === undefined || s.direction === headline.direction) &&
          (s.subject ?? undefined) === headline.subject,
      )
    : undefined;
  return named ?? data.series.filter((s) => s.metric === metric).sort(byRelevance)[0];
}

import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Figure, MetricDefinition, MonthlyValue, Series } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { lookups, valueAt } from "./lookups";

/** One series about a place, with what a reader can do with it at the shown month. */
export interface PlaceSeries {
  series: Series;
  /** Its value at the shown month, if it has one */
  now?: MonthlyValue;
  /** Its latest month on the timeline, for a "show" link when it has no value now */
  latest?: MonthIndex;
  /** Figures published about it that are not on the timeline (other years, mid-month counts) */
  offTimeline: Figure[];
}

export interface PlaceFiguresByMetric {
  metric: MetricDefinition;
  series: PlaceSeries[];
}

/** Series drawn through a place (a corridor counted at it) as well as those starting or ending there. */
function concernsPlace(s: Series, placeId: string, frames: Frames | null): boolean {
  if (s.origin === placeId || s.destination === placeId) return true;
  return (frames?.corridors.get(s.metric)?.items ?? []).some((c) => c.seriesKey === s.key && c.through === placeId);
}

/** Official series first, then by how many months they cover. */
const byRelevance = (a: PlaceSeries, b: PlaceSeries) => (a.series.subject ? 1 : 0) - (b.series.subject ? 1 : 0) || b.series.values.length - a.series.values.length;

/**
 * Every figure published about a place, across metrics: the shown metric first, then the package's
 * order. A port with train, vehicle and cargo figures never reads "no published figure".
 */
export function placeFigures(data: CompiledPackage, frames: Frames | null, placeId: string, month: MonthIndex, shownMetric: string): PlaceFiguresByMetric[] {
  const l = lookups(data);
  const [first, last] = data.timeline ?? [0, -1];
  const metrics = [...data.dataset.metrics].sort((a, b) => (a.id === shownMetric ? -1 : b.id === shownMetric ? 1 : 0));
  return metrics.flatMap((metric) => {
    const series = data.series
      .filter((s) => s.metric === metric.id && concernsPlace(s, placeId, frames))
      .map((s): PlaceSeries => {
        const onTimeline = s.values.filter((v) => v.month >= first && v.month <= last && !v.negative);
        const now = valueAt(s, month);
        const latest = onTimeline[onTimeline.length - 1]?.month;
        const placed = new Set(s.values.flatMap((v) => v.figureIds));
        const offTimeline = s.unplaced
          .map((u) => l.figures.get(u.figureId))
          .filter((f): f is Figure => !!f && !placed.has(f.id))
          .concat(s.values.filter((v) => v.month < first || v.month > last).flatMap((v) => v.recipe.plus.map((id) => l.figures.get(id)).filter((f): f is Figure => !!f)))
          .filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i);
        return { series: s, ...(now ? { now } : {}), ...(latest !== undefined ? { latest } : {}), offTimeline };
      })
      .sort(byRelevance);
    return series.length > 0 ? [{ metric, series }] : [];
  });
}

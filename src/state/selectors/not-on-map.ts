import type { Frames, ListedSeries, MetricFrames } from "../../data/frames/build-frames";
import { METHOD_CODE } from "../../data/frames/method-codes";
import type { MonthIndex } from "../../data/month";

/** A series with something to say this month that the map does not draw, and why. */
export interface NotOnMap {
  seriesKey: string;
  why: "shares" | "no-position" | "negative";
  /** For "shares": the series whose drawing it would share */
  with?: string;
  /** For "shares": whether that series is drawn this month (when not, the drawing is empty: a different measure is not put in its place) */
  withDrawn?: boolean;
}

function negativeAt<T extends { seriesKey: string }>(frames: MetricFrames<T> | undefined, offset: number): NotOnMap[] {
  if (!frames) return [];
  const n = frames.items.length;
  const out: NotOnMap[] = [];
  for (let i = 0; i < n; i += 1) {
    const item = frames.items[i];
    if (item && frames.methods[offset * n + i] === METHOD_CODE.negative) out.push({ seriesKey: item.seriesKey, why: "negative" });
  }
  return out;
}

function listedAt(frames: MetricFrames<ListedSeries> | undefined, offset: number): NotOnMap[] {
  if (!frames) return [];
  const n = frames.items.length;
  const out: NotOnMap[] = [];
  for (let i = 0; i < n; i += 1) {
    const item = frames.items[i];
    if (!item || (frames.methods[offset * n + i] ?? METHOD_CODE.gap) === METHOD_CODE.gap) continue;
    out.push(item.reason.kind === "shares" ? { seriesKey: item.seriesKey, why: "shares", with: item.reason.with } : { seriesKey: item.seriesKey, why: "no-position" });
  }
  return out;
}

/**
 * Everything the metric has at a month that is not drawn: series sharing a drawing with an official
 * one, series without a position, and months the published totals make negative. The panel lists
 * them beside the map, so that nothing with a value is silently missing.
 */
export function notOnMap(frames: Frames, metric: string, month: MonthIndex): NotOnMap[] {
  const offset = month - (frames.months[0] ?? 0);
  if (offset < 0 || offset >= frames.months.length) return [];
  const drawn = new Set(drawnAt(frames, metric, month));
  return [
    ...listedAt(frames.listed.get(metric), offset).map((item) => (item.with !== undefined ? { ...item, withDrawn: drawn.has(item.with) } : item)),
    ...negativeAt(frames.flows.get(metric), offset),
    ...negativeAt(frames.corridors.get(metric), offset),
    ...negativeAt(frames.totals.get(metric), offset),
  ];
}

/** The series a month draws: finite values on the map's arcs, corridors and circles. */
export function drawnAt(frames: Frames, metric: string, month: MonthIndex): string[] {
  const offset = month - (frames.months[0] ?? 0);
  const keys: string[] = [];
  for (const layout of [frames.flows.get(metric), frames.corridors.get(metric), frames.totals.get(metric)]) {
    if (!layout) continue;
    const n = layout.items.length;
    layout.items.forEach((item, i) => {
      if (Number.isFinite(layout.values[offset * n + i])) keys.push(item.seriesKey);
    });
  }
  return keys;
}

import type { Frames, MetricFrames } from "../../data/frames/build-frames";
import { METHOD_CODE } from "../../data/frames/method-codes";
import type { MonthIndex } from "../../data/month";

const cache = new WeakMap<Frames, Map<string, boolean[]>>();

function markMonths<T>(frames: MetricFrames<T> | undefined, has: boolean[]): void {
  if (!frames) return;
  const n = frames.items.length;
  for (let m = 0; m < has.length; m += 1) {
    if (has[m]) continue;
    for (let i = 0; i < n; i += 1) {
      // Any published value counts, drawn or not: a flagged (negative) month is still "something to say".
      if ((frames.methods[m * n + i] ?? METHOD_CODE.gap) !== METHOD_CODE.gap) {
        has[m] = true;
        break;
      }
    }
  }
}

/** Per month of the timeline: does the metric have any value to show or list? Computed once per metric. */
export function monthsWithData(frames: Frames, metric: string): boolean[] {
  const perFrames = cache.get(frames) ?? new Map<string, boolean[]>();
  cache.set(frames, perFrames);
  const cached = perFrames.get(metric);
  if (cached) return cached;
  const has = frames.months.map(() => false);
  markMonths(frames.flows.get(metric), has);
  markMonths(frames.corridors.get(metric), has);
  markMonths(frames.totals.get(metric), has);
  markMonths(frames.listed.get(metric), has);
  perFrames.set(metric, has);
  return has;
}

export function latestMonthWithData(frames: Frames, metric: string): MonthIndex | null {
  const has = monthsWithData(frames, metric);
  for (let m = has.length - 1; m >= 0; m -= 1) if (has[m]) return frames.months[m] ?? null;
  return null;
}

export function hasDataAt(frames: Frames, metric: string, month: MonthIndex): boolean {
  const offset = month - (frames.months[0] ?? 0);
  return monthsWithData(frames, metric)[offset] ?? false;
}

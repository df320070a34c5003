import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage } from "../../data/model";
import { parsePeriodPoint, type MonthIndex } from "../../data/month";
import { latestMonthWithData } from "./months-with-data";

/**
 * The month the explorer opens on: the one the package names (`view.month`), else the latest month
 * with data for the metric, so a first-time reader sees the newest figures rather than an empty map.
 */
export function openingMonth(data: Pick<CompiledPackage, "dataset">, frames: Frames, metric: string): MonthIndex | null {
  const named = data.dataset.view?.month ? parsePeriodPoint(data.dataset.view.month)?.month : undefined;
  if (named !== undefined && frames.months.includes(named)) return named;
  return latestMonthWithData(frames, metric) ?? frames.months[frames.months.length - 1] ?? null;
}

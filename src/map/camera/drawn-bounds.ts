import type { Frames } from "../../data/frames/build-frames";
import type { LonLat } from "../../data/frames/corridor-path";
import type { MonthIndex } from "../../data/month";
import { boundsOf, type Bounds } from "./bounds";

/**
 * The box around what the metric draws at the month: both ends of each arc, each corridor's path,
 * each circle. A phone opens on this (the story), not on the package's whole view (a thin band on a
 * narrow screen). Null when the month draws nothing.
 */
export function drawnBounds(frames: Frames, metric: string, month: MonthIndex): Bounds | null {
  const offset = month - (frames.months[0] ?? 0);
  if (offset < 0 || offset >= frames.months.length) return null;
  const points: LonLat[] = [];
  const valued = (values: Float32Array, count: number, i: number) => Number.isFinite(values[offset * count + i]);
  const flows = frames.flows.get(metric);
  flows?.items.forEach((f, i) => {
    if (valued(flows.values, flows.items.length, i)) points.push(f.source, f.target);
  });
  const corridors = frames.corridors.get(metric);
  corridors?.items.forEach((c, i) => {
    if (valued(corridors.values, corridors.items.length, i)) for (const p of c.path) points.push(p);
  });
  const totals = frames.totals.get(metric);
  totals?.items.forEach((t, i) => {
    if (valued(totals.values, totals.items.length, i)) points.push(t.position);
  });
  return boundsOf(points);
}

/** The box around what the metric draws in any month: where a phone looks when the shown month draws nothing. */
export function drawnBoundsAnyMonth(frames: Frames, metric: string): Bounds | null {
  const corners: LonLat[] = frames.months.flatMap((month) => drawnBounds(frames, metric, month) ?? []);
  return boundsOf(corners);
}

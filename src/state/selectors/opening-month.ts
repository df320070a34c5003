import type { Frames } from "../../data/frames/build-frames";
import type { MonthIndex } from "../../data/month";

/**
 * The month the explorer opens on: the one where the default metric has the most arcs on the map
 * (latest month on a tie), so a first-time reader sees the corridors rather than an empty month.
 */
export function openingMonth(frames: Frames, metric: string): MonthIndex | null {
  const flows = frames.flows.get(metric);
  const totals = frames.totals.get(metric);
  let best: MonthIndex | null = frames.months[frames.months.length - 1] ?? null;
  let bestCount = -1;
  frames.months.forEach((month, offset) => {
    let count = 0;
    if (flows) {
      const n = flows.items.length;
      for (let i = 0; i < n; i += 1) if (Number.isFinite(flows.values[offset * n + i])) count += 2;
    }
    if (totals) {
      const n = totals.items.length;
      for (let i = 0; i < n; i += 1) if (Number.isFinite(totals.values[offset * n + i])) count += 1;
    }
    if (count >= bestCount) {
      bestCount = count;
      best = month;
    }
  });
  return best;
}

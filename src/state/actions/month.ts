import type { MonthIndex } from "../../data/month";
import { hasDataAt, latestMonthWithData } from "../selectors/months-with-data";
import { useExplorerStore, type PlaySpeed } from "../store";

const set = useExplorerStore.setState;
const get = useExplorerStore.getState;

/** Clamps to the months the data covers; remembers the month it leaves, which widths ease from. */
export function setMonth(month: MonthIndex): void {
  const { frames, month: current } = get();
  const months = frames?.months ?? [];
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return;
  const next = Math.min(last, Math.max(first, Math.round(month)));
  if (next !== current) set({ month: next, previousMonth: current });
}

export function stepMonth(delta: number): void {
  const month = get().month;
  if (month !== null) setMonth(month + delta);
}

export function firstMonth(): void {
  const first = get().frames?.months[0];
  if (first !== undefined) setMonth(first);
}

export function lastMonth(): void {
  const months = get().frames?.months ?? [];
  const last = months[months.length - 1];
  if (last !== undefined) setMonth(last);
}

/** Advances playback by one month, wrapping to the start so play can loop. */
export function advancePlayback(): void {
  const { month, frames } = get();
  const months = frames?.months ?? [];
  const last = months[months.length - 1];
  const first = months[0];
  if (month === null || last === undefined || first === undefined) return;
  setMonth(month >= last ? first : month + 1);
}

export function togglePlaying(): void {
  const { month, frames, playing } = get();
  const last = frames?.months[frames.months.length - 1];
  // Pressing play at the last month starts again from the first, as a reader expects.
  if (!playing && month !== null && last !== undefined && month >= last && frames?.months[0] !== undefined) setMonth(frames.months[0]);
  set({ playing: !playing });
}

export function setPlaying(playing: boolean): void {
  set({ playing });
}

export function setSpeed(speed: PlaySpeed): void {
  set({ speed });
}

/**
 * Switches metric. A metric with nothing at the shown month would leave an empty map: the explorer
 * moves to that metric's latest month with data and says so, or says there is none at all.
 */
export function setMetric(metric: string): void {
  const { data, frames, month } = get();
  if (!data?.dataset.metrics.some((m) => m.id === metric) || !frames) return;
  if (month === null || hasDataAt(frames, metric, month)) {
    set({ metric, notice: null });
    return;
  }
  const latest = latestMonthWithData(frames, metric);
  if (latest === null) {
    set({ metric, notice: { kind: "no-data", metric } });
    return;
  }
  set({ metric, month: latest, previousMonth: latest, notice: { kind: "moved-to-data", metric, from: month, to: latest } });
}

export function dismissNotice(): void {
  set({ notice: null });
}

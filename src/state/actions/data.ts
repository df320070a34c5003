import { buildFrames } from "../../data/frames/build-frames";
import type { CompiledPackage } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { addPackageWords } from "../../i18n/vocabulary";
import { openingMonth } from "../selectors/opening-month";
import { INITIAL_STATE, useExplorerStore } from "../store";

const set = useExplorerStore.setState;

export function dataLoaded(data: CompiledPackage, options: { metric?: string; month?: MonthIndex } = {}): void {
  addPackageWords(data.dataset);
  const frames = buildFrames(data);
  const metric = options.metric && data.dataset.metrics.some((m) => m.id === options.metric) ? options.metric : data.dataset.defaultMetric;
  const month = options.month !== undefined && frames.months.includes(options.month) ? options.month : openingMonth(data, frames, metric);
  set({ status: { state: "ready" }, data, frames, metric, month, previousMonth: month });
  // What `npm run bench` reports as the time to open a package: checked, compiled, laid out.
  if (typeof performance !== "undefined" && performance.mark) performance.mark(DATA_READY_MARK);
}

export const DATA_READY_MARK = "corridors:data-ready";

export function dataFailed(message: string): void {
  set({ status: { state: "error", message }, playing: false });
}

/** For tests: back to the state before any data arrived. */
export function resetExplorer(): void {
  set(INITIAL_STATE, true);
}

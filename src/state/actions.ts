import { buildFrames } from "../data/frames/build-frames";
import type { CompiledPackage } from "../data/model";
import type { MonthIndex } from "../data/month";
import type { ColorBy, Theme } from "../map/layers/palette";
import { openingMonth } from "./selectors/opening-month";
import { INITIAL_STATE, useExplorerStore, type LayerVisibility, type PlaySpeed, type Selection } from "./store";

const set = useExplorerStore.setState;
const get = useExplorerStore.getState;

export function dataLoaded(data: CompiledPackage, options: { metric?: string; month?: MonthIndex } = {}): void {
  const frames = buildFrames(data);
  const metric = options.metric && data.dataset.metrics.some((m) => m.id === options.metric) ? options.metric : data.dataset.defaultMetric;
  const month = options.month !== undefined && frames.months.includes(options.month) ? options.month : openingMonth(frames, metric);
  set({ status: { state: "ready" }, data, frames, metric, month });
}

export function dataFailed(message: string): void {
  set({ status: { state: "error", message }, playing: false });
}

/** Clamps to the months the data covers. */
export function setMonth(month: MonthIndex): void {
  const months = get().frames?.months ?? [];
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return;
  set({ month: Math.min(last, Math.max(first, Math.round(month))) });
}

export function stepMonth(delta: number): void {
  const month = get().month;
  if (month !== null) setMonth(month + delta);
}

/** Advances playback by one month, wrapping to the start so play can loop. */
export function advancePlayback(): void {
  const { month, frames } = get();
  const months = frames?.months ?? [];
  const last = months[months.length - 1];
  const first = months[0];
  if (month === null || last === undefined || first === undefined) return;
  set({ month: month >= last ? first : month + 1 });
}

export function togglePlaying(): void {
  const { month, frames, playing } = get();
  const last = frames?.months[frames.months.length - 1];
  // Pressing play at the last month starts again from the first, as a reader expects.
  if (!playing && month !== null && last !== undefined && month >= last && frames?.months[0] !== undefined) set({ month: frames.months[0] });
  set({ playing: !playing });
}

export function setSpeed(speed: PlaySpeed): void {
  set({ speed });
}

export function setMetric(metric: string): void {
  const data = get().data;
  if (!data?.dataset.metrics.some((m) => m.id === metric)) return;
  set({ metric });
}

export function setHovered(hovered: Selection | null, point: { x: number; y: number } | null = null): void {
  const current = get().hovered;
  if (current?.type === hovered?.type && current?.id === hovered?.id && point === null) return;
  set({ hovered, hoverPoint: hovered ? point : null });
}

export function pin(selection: Selection | null): void {
  set({ pinned: selection, panelOpen: selection ? true : get().panelOpen });
}

export function setPanelOpen(panelOpen: boolean): void {
  set({ panelOpen });
}

export function setTheme(theme: Theme): void {
  set({ theme });
}

export function setColorBy(colorBy: ColorBy): void {
  set({ colorBy });
}

export function setLayerVisible(layer: keyof LayerVisibility, visible: boolean): void {
  set({ layers: { ...get().layers, [layer]: visible } });
}

export function setStyleUrl(styleUrl: string | null): void {
  set({ styleUrl });
}

/** For tests: back to the state before any data arrived. */
export function resetExplorer(): void {
  set(INITIAL_STATE, true);
}

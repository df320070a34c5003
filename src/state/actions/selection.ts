import { lookups, valueAt } from "../selectors/lookups";
import { packageBounds } from "../selectors/package-bounds";
import { useExplorerStore, type PlaceChooser, type Selection } from "../store";
import { setMetric, setMonth } from "./month";

const set = useExplorerStore.setState;
const get = useExplorerStore.getState;

export function setHovered(hovered: Selection | null, point: { x: number; y: number } | null = null): void {
  const current = get().hovered;
  if (current?.type === hovered?.type && current?.id === hovered?.id && point === null) return;
  set({ hovered, hoverPoint: hovered ? point : null });
}

export function pin(selection: Selection | null): void {
  set({ pinned: selection, chooser: null, panelOpen: selection ? true : get().panelOpen });
}

export function openChooser(chooser: PlaceChooser | null): void {
  set({ chooser, hovered: null, hoverPoint: null });
}

/**
 * Shows one series on the map: its metric, a month it has a value in (the current one if it has,
 * else its latest), and pins it. Used by "show" links in a place's list of figures.
 */
export function showSeries(seriesKey: string): void {
  const { data, month } = get();
  if (!data) return;
  const series = lookups(data).series.get(seriesKey);
  if (!series) return;
  setMetric(series.metric);
  const timeline = get().frames?.months ?? [];
  const onTimeline = series.values.filter((v) => timeline.includes(v.month));
  const target = month !== null && valueAt(series, month) ? month : onTimeline[onTimeline.length - 1]?.month;
  if (target !== undefined) setMonth(target);
  set({ notice: null });
  pin({ type: "flow", id: seriesKey });
}

/** Asks the map to fly to a place (from the search box); at least zoom 6, so the place is legible. */
export function flyToPlace(placeId: string): void {
  const { data, cameraRequest } = get();
  const place = data ? lookups(data).places.get(placeId) : undefined;
  if (!place?.coordinates) return;
  set({ cameraRequest: { center: place.coordinates, zoom: 6, key: (cameraRequest?.key ?? 0) + 1 } });
}

/** Fits the map to the package: its view's bounds, else the box around its places. */
export function fitPackage(): void {
  const { data, cameraRequest } = get();
  if (!data) return;
  const bounds = packageBounds(data);
  if (bounds) set({ cameraRequest: { bounds, key: (cameraRequest?.key ?? 0) + 1 } });
}

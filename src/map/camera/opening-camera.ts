import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { packageBounds } from "../../state/selectors/package-bounds";
import type { Bounds } from "./bounds";
import { drawnBounds, drawnBoundsAnyMonth } from "./drawn-bounds";
import { MAX_OPENING_ZOOM } from "./opening-fit";

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type OpeningCamera = { center: [number, number]; zoom: number } | { bounds: Bounds; padding: Padding; maxZoom: number };

/** Below this visible width or height (in CSS pixels) the package's whole view is a thin band: open on the story instead. */
export const COMPACT_WIDTH = 600;
export const COMPACT_HEIGHT = 420;
/** Circles and labels reach past the points they are drawn at: a share of the box's size on each side. */
const STORY_MARGIN = 0.12;

function withMargin([[w, s], [e, n]]: Bounds, share: number): Bounds {
  const dx = Math.max(0.5, (e - w) * share);
  const dy = Math.max(0.5, (n - s) * share);
  return [
    [Math.max(-180, w - dx), Math.max(-85, s - dy)],
    [Math.min(180, e + dx), Math.min(85, n + dy)],
  ];
}


export interface OpeningInput {
  data: Pick<CompiledPackage, "dataset" | "places">;
  frames: Frames | null;
  metric: string;
  month: MonthIndex | null;
  /** Where a link, or the map before it was rebuilt, looked: kept exactly */
  camera: { center: [number, number]; zoom: number } | null;
  /** The map's size in CSS pixels, and what floats over its edges (controls, the source line) */
  size: { width: number; height: number };
  padding: Padding;
}

/**
 * Where the map opens. A camera from the link (or from before a lost WebGL context) wins. Otherwise
 * a wide map shows the package's view, and a narrow or short one (a phone) fits what the opening
 * month draws (or, when it draws nothing, what the metric draws in any month), so the corridors fill
 * the visible map rather than a band across it. Both are fitted
 * inside the padding, that is inside the part of the map nothing covers.
 */
export function openingCamera(input: OpeningInput): OpeningCamera {
  const { data, frames, metric, month, camera, size, padding } = input;
  if (camera) return camera;
  const visibleWidth = size.width - padding.left - padding.right;
  const visibleHeight = size.height - padding.top - padding.bottom;
  const compact = visibleWidth < COMPACT_WIDTH || visibleHeight < COMPACT_HEIGHT;
  // A month that draws nothing still opens where the metric's flows are drawn in other months.
  const drawn = compact && frames ? ((month !== null ? drawnBounds(frames, metric, month) : null) ?? drawnBoundsAnyMonth(frames, metric)) : null;
  const story = drawn ? withMargin(drawn, STORY_MARGIN) : null;
  if (story) return { bounds: story, padding, maxZoom: MAX_OPENING_ZOOM };
  const view = data.dataset.view;
  if (view?.center && view.zoom !== undefined && !view.bounds) return { center: view.center, zoom: view.zoom };
  const bounds = packageBounds(data);
  return bounds ? { bounds, padding, maxZoom: MAX_OPENING_ZOOM } : { center: [0, 20], zoom: 1.5 };
}

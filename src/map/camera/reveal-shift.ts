export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A visible area smaller than this (CSS pixels) is not worth panning into. */
const MIN_VISIBLE = 60;

/**
 * How far to pan (MapLibre's panBy offset) so a point hidden behind a bottom sheet or outside the
 * map comes to the middle of the part that is still visible; null when it is already well inside.
 */
export function revealShift(point: { x: number; y: number }, visible: Box, margin = 24): [number, number] | null {
  if (visible.bottom - visible.top < MIN_VISIBLE || visible.right - visible.left < MIN_VISIBLE) return null;
  const inside =
    point.x >= visible.left + margin && point.x <= visible.right - margin && point.y >= visible.top + margin && point.y <= visible.bottom - margin;
  if (inside) return null;
  return [point.x - (visible.left + visible.right) / 2, point.y - (visible.top + visible.bottom) / 2];
}

import type { MetricFrames } from "../../data/frames/build-frames";
import type { Rgba } from "./palette";

/** [lon, lat] pairs packed for deck.gl binary attributes. */
export function packPositions(points: readonly [number, number][]): Float64Array {
  const packed = new Float64Array(points.length * 2);
  points.forEach(([lon, lat], i) => {
    packed[i * 2] = lon;
    packed[i * 2 + 1] = lat;
  });
  return packed;
}

/** One RGBA per item, packed for a binary colour attribute. */
export function packColors<T>(items: readonly T[], colorOf: (item: T) => Rgba): Uint8Array {
  const packed = new Uint8Array(items.length * 4);
  items.forEach((item, i) => packed.set(colorOf(item), i * 4));
  return packed;
}

/**
 * Pixel sizes for every month, month-major like the values, computed once per metric: a month step
 * then only hands deck.gl a different slice of this array.
 */
export function packSizes<T>(frames: MetricFrames<T>, toPixels: (value: number) => number): Float32Array {
  const sizes = new Float32Array(frames.values.length);
  for (let i = 0; i < frames.values.length; i += 1) sizes[i] = toPixels(frames.values[i] ?? Number.NaN);
  return sizes;
}

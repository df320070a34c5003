import type { Flow, MetricFrames } from "../../data/frames/build-frames";
import { flowColor, originColor, type ColorBy, type Theme } from "./palette";

/** [lon, lat] pairs packed for deck.gl binary attributes. */
export function packPositions(points: readonly [number, number][]): Float64Array {
  const packed = new Float64Array(points.length * 2);
  points.forEach(([lon, lat], i) => {
    packed[i * 2] = lon;
    packed[i * 2 + 1] = lat;
  });
  return packed;
}

export interface ArcColors {
  source: Uint8Array;
  target: Uint8Array;
}

export function packArcColors(flows: readonly Flow[], theme: Theme, colorBy: ColorBy): ArcColors {
  const source = new Uint8Array(flows.length * 4);
  const target = new Uint8Array(flows.length * 4);
  flows.forEach((flow, i) => {
    const color = flowColor(theme, colorBy, flow);
    target.set(color, i * 4);
    source.set(originColor(color), i * 4);
  });
  return { source, target };
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

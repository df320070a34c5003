import type { ExpressionSpecification } from "maplibre-gl";

/*
 * MapLibre compiles one shader program for each mix of constant, per-feature and per-feature-and-zoom
 * paint properties of a layer type, and on a software GPU each program costs the first frames tens
 * of milliseconds. So the package's layers and the basemap's write their paint the same way within
 * each kind: every dashed line gives colour, offset, opacity and dashes per feature and its width per
 * feature and zoom; every label gives its colour and opacity per feature. data-layers.test.ts checks it.
 */

/** A constant written as a per-feature expression, which MapLibre does not fold back into a constant. */
export function perFeature<T>(value: T): ExpressionSpecification {
  return ["case", ["has", "__never_set__"], value, value] as ExpressionSpecification;
}

/** A line width per feature that MapLibre also reads per zoom: the same value at every zoom. */
export function widthAtEveryZoom(width: ExpressionSpecification | number): ExpressionSpecification {
  const perFeatureWidth = typeof width === "number" ? perFeature(width) : width;
  return ["interpolate", ["linear"], ["zoom"], 0, perFeatureWidth, 24, perFeatureWidth];
}

/** A line width that changes with zoom, written per feature too: [zoom, width] stops. */
export function widthByZoom(stops: readonly (readonly [number, number])[]): ExpressionSpecification {
  return ["interpolate", ["linear"], ["zoom"], ...stops.flatMap(([zoom, width]) => [zoom, perFeature(width)])] as ExpressionSpecification;
}

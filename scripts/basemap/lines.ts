import type { Feature, FeatureCollection, LineString } from "geojson";
import { mesh } from "topojson-client";
import { MERCATOR_WORLD, clipLine, splitAtAntimeridian } from "./clip";
import { roundPath } from "./round";
import { topoObject } from "./topology";
import type { Topology } from "./types";
import type { Detail } from "./zones";

/**
 * Land borders as lines: the arcs two countries share. (Coasts need no file of their own: the
 * style draws them from the country outlines, under the fills.)
 */
export function buildBorders(topology: Topology, detail: Detail): FeatureCollection<LineString> {
  const object = topoObject(topology, "countries");
  // mesh() calls the filter once per arc with the two geometries on either side: a !== b for an
  // arc two countries share, a === b for a shore.
  const lines = mesh(topology, object, (a, b) => a !== b);
  const features: Feature<LineString>[] = [];
  for (const line of lines.coordinates.flatMap(splitAtAntimeridian)) {
    for (const run of clipLine(line, MERCATOR_WORLD)) {
      const rounded = roundPath(run, detail);
      if (rounded.length >= 2) features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: rounded } });
    }
  }
  return { type: "FeatureCollection", features };
}

import type { Feature, FeatureCollection, LineString } from "geojson";
import { mesh } from "topojson-client";
import { clipLine, splitAtAntimeridian } from "./clip";
import { CLIP_BOX } from "./extent";
import { roundPath } from "./round";
import { topoObject } from "./topology";
import type { Topology } from "./types";

export function buildLines(topology: Topology, keep: "borders" | "coastlines"): FeatureCollection<LineString> {
  const object = topoObject(topology, "countries");
  // mesh() calls the filter once per arc: a !== b for an arc two countries share, a === b for an
  // arc only one country has, which is its shore.
  const lines = mesh(topology, object, keep === "borders" ? (a, b) => a !== b : (a, b) => a === b);
  const features: Feature<LineString>[] = [];
  for (const line of lines.coordinates.flatMap(splitAtAntimeridian)) {
    for (const run of clipLine(line, CLIP_BOX)) {
      const rounded = roundPath(run);
      if (rounded.length >= 2) features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: rounded } });
    }
  }
  return { type: "FeatureCollection", features };
}

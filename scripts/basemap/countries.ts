import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { flatPolygons, roundPolygon } from "./clip";
import { pointInPolygon, polygonKm2, polygonsOf } from "./geometry";
import { ISO_NUMERIC_TO_ALPHA3 } from "./iso3";
import { FIT, abbreviate, countryLabelPlacement, fitZoom, isLabelled, rankByArea, type CountryIdentity, type LabelPlacement, type LabelProps } from "./labels";
import { rounder } from "./round";
import { featuresOf } from "./topology";
import type { Box, PolygonCoords, Topology } from "./types";
import type { Detail } from "./zones";

export interface CountryProps extends CountryIdentity {
  /** Only on labelled countries: the same rank as its point in labels.geojson. */
  rank?: number;
}

/** Natural Earth's short names, except where a reader would think the map is out of date or odd. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  Macedonia: "North Macedonia",
  "Faeroe Is.": "Faroe Is.",
  "United States of America": "United States",
};

function countryProps(id: string | number | undefined, rawName: unknown): CountryProps {
  const name = typeof rawName === "string" ? (NAME_OVERRIDES[rawName] ?? rawName) : "";
  const iso3 = id === undefined ? undefined : ISO_NUMERIC_TO_ALPHA3[String(id)];
  return iso3 === undefined ? { name } : { name, iso3 };
}

/** Name, and a short form only where it fits sooner than the name does. */
export function labelText(name: string, rank: number, placement: LabelPlacement): Pick<LabelProps, "nameZoom" | "abbr" | "abbrZoom"> {
  const nameZoom = fitZoom(name, rank, placement.room);
  const abbr = abbreviate(name);
  if (abbr === undefined) return { nameZoom };
  const abbrZoom = fitZoom(abbr, rank, placement.room, FIT.abbr);
  return abbrZoom < nameZoom ? { nameZoom, abbr, abbrZoom } : { nameZoom };
}

/**
 * Country fills (flat: cut at the antimeridian, Antarctica closed along the pole) and one label
 * point per labelled country. `openingBox` is what the reader sees on opening (see view.ts): a
 * country whose own label point is outside it but that reaches well into it is named there.
 * `first` (ISO alpha-3) are the countries whose names are placed first.
 */
export function buildCountries(
  topology: Topology,
  detail: Detail,
  openingBox: Box | null,
  first: ReadonlySet<string> = new Set(),
): {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  labels: FeatureCollection<Point, LabelProps>;
} {
  const round = rounder(detail);
  const kept: { props: CountryProps; geometry: Polygon | MultiPolygon; label: LabelPlacement | null; km2: number }[] = [];
  for (const f of featuresOf(topology, "countries")) {
    const g = f.geometry;
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") continue;
    const props = countryProps(f.id, f.properties?.["name"]);
    const pieces = polygonsOf(g).flatMap(flatPolygons);
    const rounded = pieces.map((p) => roundPolygon(p, round)).filter((p): p is PolygonCoords => p !== null);
    const [only] = rounded;
    if (only === undefined) continue;
    const geometry: Polygon | MultiPolygon = rounded.length === 1 ? { type: "Polygon", coordinates: only } : { type: "MultiPolygon", coordinates: rounded };
    let label = isLabelled(props) ? countryLabelPlacement(pieces, openingBox) : null;
    // Never a name outside the outline that is drawn: rounding can move an edge past a point on a sliver.
    if (label !== null && !rounded.some((p) => pointInPolygon(label?.point ?? [], p))) label = null;
    kept.push({ props, geometry, label, km2: pieces.reduce((sum, p) => sum + polygonKm2(p), 0) });
  }

  const ranked = rankByArea(kept);
  const rankOf = new Map(ranked.map((c, i) => [c, i + 1]));
  const countries = kept.map((c): Feature<Polygon | MultiPolygon, CountryProps> => {
    const rank = rankOf.get(c);
    return { type: "Feature", properties: rank === undefined ? c.props : { ...c.props, rank }, geometry: c.geometry };
  });
  const isFirst = (c: (typeof ranked)[number]): boolean => c.props.iso3 !== undefined && first.has(c.props.iso3);
  const ordered = [...ranked.filter(isFirst), ...ranked.filter((c) => !isFirst(c))];
  const orderOf = new Map(ordered.map((c, i) => [c, i + 1]));
  const labels = ranked.flatMap((c, i): Feature<Point, LabelProps>[] => {
    if (c.label === null) return [];
    const rank = i + 1;
    return [
      {
        type: "Feature",
        properties: { ...c.props, rank, order: orderOf.get(c) ?? rank, ...labelText(c.props.name, rank, c.label) },
        geometry: { type: "Point", coordinates: c.label.point },
      },
    ];
  });
  return {
    countries: { type: "FeatureCollection", features: countries },
    labels: { type: "FeatureCollection", features: labels },
  };
}

import { area } from "@turf/area";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import { clipAndRoundPolygons } from "./clip";
import { CLIP_BOX } from "./extent";
import { polygonsOf } from "./geometry";
import { ISO_NUMERIC_TO_ALPHA3 } from "./iso3";
import { countryLabelPoint, isLabelled, rankByArea, type CountryIdentity, type LabelProps } from "./labels";
import { featuresOf } from "./topology";
import type { Topology } from "./types";

export interface CountryProps extends CountryIdentity {
  /** Only on labelled countries: the same rank as its point in labels.geojson. */
  rank?: number;
}

/** Natural Earth's short names, except where a reader would think the map is out of date. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  Macedonia: "North Macedonia",
  "Faeroe Is.": "Faroe Is.",
};

function countryProps(id: string | number | undefined, rawName: unknown): CountryProps {
  const name = typeof rawName === "string" ? (NAME_OVERRIDES[rawName] ?? rawName) : "";
  const iso3 = id === undefined ? undefined : ISO_NUMERIC_TO_ALPHA3[String(id)];
  return iso3 === undefined ? { name } : { name, iso3 };
}

export function buildCountries(topology: Topology): {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  labels: FeatureCollection<Point, LabelProps>;
} {
  const kept: { props: CountryProps; geometry: Polygon | MultiPolygon; label: Position | null; km2: number }[] = [];
  for (const f of featuresOf(topology, "countries")) {
    const g = f.geometry;
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") continue;
    const props = countryProps(f.id, f.properties?.["name"]);
    const polygons = polygonsOf(g);
    const geometry = clipAndRoundPolygons(polygons, CLIP_BOX);
    if (geometry === null) continue;
    kept.push({ props, geometry, label: isLabelled(props) ? countryLabelPoint(props, polygons) : null, km2: area(g) / 1e6 });
  }

  const ranked = rankByArea(kept);
  const rankOf = new Map(ranked.map((c, i) => [c, i + 1]));
  const countries = kept.map((c): Feature<Polygon | MultiPolygon, CountryProps> => {
    const rank = rankOf.get(c);
    return { type: "Feature", properties: rank === undefined ? c.props : { ...c.props, rank }, geometry: c.geometry };
  });
  const labels = ranked.flatMap((c, i): Feature<Point, LabelProps>[] =>
    c.label === null ? [] : [{ type: "Feature", properties: { ...c.props, rank: i + 1 }, geometry: { type: "Point", coordinates: c.label } }],
  );
  return {
    countries: { type: "FeatureCollection", features: countries },
    labels: { type: "FeatureCollection", features: labels },
  };
}

import type { Position } from "geojson";
import { clipAndRoundPolygon } from "./clip";
import { CLIP_BOX } from "./extent";
import { polygonKm2 } from "./geometry";
import { labelPoint } from "./polylabel";
import type { Box, PolygonCoords } from "./types";

export interface CountryIdentity {
  name: string;
  iso3?: string;
}

export interface LabelProps {
  name: string;
  iso3?: string;
  /** 1 = largest country; the style sorts symbols by it so large names win collisions. */
  rank: number;
}

/**
 * Territories whose name would crowd out a country's at the zooms they are visible: Åland, the
 * Channel Islands and Isle of Man, the Faroes, Hong Kong and Macao, Guam and the Northern Marianas.
 */
const UNLABELLED_TERRITORIES: ReadonlySet<string> = new Set(["ALA", "GGY", "JEY", "IMN", "FRO", "HKG", "MAC", "GUM", "MNP"]);
/** Natural Earth units without an ISO code that a European news map still names. */
const LABELLED_WITHOUT_ISO: ReadonlySet<string> = new Set(["Kosovo"]);

/**
 * Where a country's pole of inaccessibility is out of the corridor view, label it inside this box
 * instead. Russia's lies near 65°N in Siberia, above the launch view (lat 30–60); west of 50°E the
 * label would sit on Moscow's, which the app's place labels win.
 */
const LABEL_BOX_OVERRIDES: Readonly<Record<string, Box>> = {
  RUS: [50, 50, 100, 62],
};

/** Whether a country gets a name on the map: sovereign states, not their islands and territories. */
export function isLabelled(props: CountryIdentity): boolean {
  if (props.iso3 === undefined) return LABELLED_WITHOUT_ISO.has(props.name);
  return !UNLABELLED_TERRITORIES.has(props.iso3);
}

export function countryLabelPoint(props: CountryIdentity, polygons: readonly PolygonCoords[]): Position | null {
  const labelBox = (props.iso3 !== undefined && LABEL_BOX_OVERRIDES[props.iso3]) || null;
  const largest = polygons
    .map((p) => (labelBox === null ? p : clipAndRoundPolygon(p, labelBox)))
    .filter((p): p is PolygonCoords => p !== null)
    .map((p) => ({ p, km2: polygonKm2(p) }))
    .sort((a, b) => b.km2 - a.km2)[0];
  if (largest === undefined) return null;
  const point = labelPoint(largest.p);
  const [x = 0, y = 0] = point;
  const [w, s, e, n] = CLIP_BOX;
  return x >= w && x <= e && y >= s && y <= n ? point : null;
}

/** Rank by the whole country's area, so the largest names are placed first. */
export function rankByArea<T extends { label: Position | null; km2: number }>(countries: readonly T[]): T[] {
  return countries.filter((c) => c.label !== null).sort((a, b) => b.km2 - a.km2);
}

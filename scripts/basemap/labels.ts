import type { Position } from "geojson";
import { COUNTRY_LABEL_LETTER_SPACING, COUNTRY_LABEL_MAX_ZOOM, countryLabelSize } from "../../src/map/basemap-style";
import { clipRing } from "./clip";
import { pointInPolygon, polygonKm2 } from "./geometry";
import { toMercY } from "./mercator";
import { labelPole } from "./polylabel";
import type { Box, PolygonCoords, Ring } from "./types";
import { boxContains } from "./zones";

export interface CountryIdentity {
  name: string;
  iso3?: string;
}

export interface LabelProps {
  name: string;
  iso3?: string;
  /** 1 = largest country: the style sizes names by it. */
  rank: number;
  /**
   * 1 = placed first: the countries the data package has places in (ports on either side of their
   * border), then the rest, each by rank. The style sorts symbols by it, so that those names win
   * collisions, and among the rest large names do.
   */
  order: number;
  /** The first whole zoom at which the name fits in its country (the style shows nothing, or `abbr`, below it). */
  nameZoom: number;
  /** A short form ("Kyrg.") and the first whole zoom at which it fits, for small countries. */
  abbr?: string;
  abbrZoom?: number;
}

/**
 * Territories whose name would crowd out a country's at the zooms they are visible (Åland, the
 * Channel Islands, Hong Kong…), and small island territories. Greenland, Puerto Rico, the Falklands
 * and New Caledonia keep their names: a reader looks for them.
 */
const UNLABELLED_TERRITORIES: ReadonlySet<string> = new Set([
  "ALA", "GGY", "JEY", "IMN", "FRO", "HKG", "MAC", "GUM", "MNP", "ASM", "VIR", "VGB", "AIA", "ABW", "CUW", "SXM", "MAF", "BLM",
  "MSR", "CYM", "TCA", "BMU", "SPM", "SGS", "IOT", "SHN", "PCN", "NIU", "COK", "WLF", "PYF", "ATF", "HMD", "NFK", "ATA",
]);
/** Units that share a code with their country (Ashmore and Cartier Is. is 036, Australia's). */
const UNLABELLED_NAMES: ReadonlySet<string> = new Set(["Ashmore and Cartier Is."]);
/** Natural Earth units without an ISO code that a European news map still names. */
const LABELLED_WITHOUT_ISO: ReadonlySet<string> = new Set(["Kosovo"]);

/** Whether a country gets a name on the map: sovereign states, not their islands and territories. */
export function isLabelled(props: CountryIdentity): boolean {
  if (UNLABELLED_NAMES.has(props.name)) return false;
  if (props.iso3 === undefined) return LABELLED_WITHOUT_ISO.has(props.name);
  return !UNLABELLED_TERRITORIES.has(props.iso3);
}

/** Short forms in the style of a newspaper atlas, where the rule in `abbreviate` would read oddly or collide. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "United States": "U.S.",
  "United Kingdom": "U.K.",
  "United Arab Emirates": "U.A.E.",
  "Saudi Arabia": "Saudi Ar.",
  "South Africa": "S. Africa",
  "South Korea": "S. Korea",
  "North Korea": "N. Korea",
  "New Zealand": "N.Z.",
  "Papua New Guinea": "P.N.G.",
  "Dem. Rep. Congo": "D.R.C.",
  "Central African Rep.": "C.A.R.",
  "Bosnia and Herz.": "Bos. & Herz.",
  "North Macedonia": "N. Mac.",
  "Dominican Rep.": "Dom. Rep.",
  "Burkina Faso": "Burkina",
  "Sierra Leone": "S. Leone",
  "Costa Rica": "C. Rica",
  "El Salvador": "El Salv.",
  "Eq. Guinea": "Eq. Gn.",
  "Guinea-Bissau": "G.-Bissau",
  "Côte d'Ivoire": "C. d'Iv.",
  "Trinidad and Tobago": "Trin. & Tob.",
  "Timor-Leste": "Timor-L.",
  "W. Sahara": "W. Sah.",
  Australia: "Austl.",
  Malaysia: "Malay.",
  Slovakia: "Slvk.",
  Mauritius: "Mrts.",
  Azerbaijan: "Azer.",
  Indonesia: "Indon.",
};

const VOWELS = /[aeiouyàáâäåæèéêëìíîïòóôöøùúûüý]/i;

/**
 * A short form for a long one-word name: up to the consonants after its first vowel, at least three
 * letters ("Kyrgyzstan" → "Kyrg.", "Tajikistan" → "Taj.", "Uzbekistan" → "Uzb.", "Eritrea" → "Eritr.").
 * Names of six letters or fewer are short enough; other names with spaces or hyphens have none
 * unless ABBREVIATIONS gives one.
 */
export function abbreviate(name: string): string | undefined {
  const listed = ABBREVIATIONS[name];
  if (listed !== undefined) return listed;
  if (name.length <= 6 || !/^\p{L}+$/u.test(name)) return undefined;
  let i = 0;
  while (i < name.length) {
    while (i < name.length && !VOWELS.test(name.charAt(i))) i++;
    while (i < name.length && VOWELS.test(name.charAt(i))) i++;
    while (i < name.length && !VOWELS.test(name.charAt(i))) i++;
    if (i >= 3) break;
  }
  return i >= name.length - 1 ? undefined : `${name.slice(0, i)}.`;
}

/** Width of a label in ems: capitals are about 0.68 em in the sans-serif fonts the style names, plus letter spacing. */
export function labelEms(text: string): number {
  let ems = 0;
  for (const ch of text.toUpperCase()) ems += (/[.,' -]/.test(ch) ? 0.3 : ch === "&" ? 0.7 : 0.68) + COUNTRY_LABEL_LETTER_SPACING;
  return ems;
}

/**
 * How much a label may be wider and taller than the country's room: a little overhang still reads
 * as the country's name. A short form may overhang more: it is what a small country is named by
 * at low zoom, in atlases too, and it is short.
 */
export const FIT = {
  name: { width: 1.5, height: 1.6 },
  abbr: { width: 2.2, height: 2 },
} as const;
const LINE_HEIGHT_EMS = 1.2;

export interface LabelRoom {
  /** Width of land through the label point, centred on it, in degrees of longitude. */
  width: number;
  /** Height of land through the label point, centred on it, in degrees of Web Mercator. */
  height: number;
}

/**
 * The first whole zoom (a tile's zoom: the style evaluates text there and shows it up to the next
 * one) from which `text` fits the room; judged half a zoom in, where that tile is seen on average.
 * COUNTRY_LABEL_MAX_ZOOM + 1 when it never fits before the detail labels take over.
 */
export function fitZoom(text: string, rank: number, room: LabelRoom, fit: { width: number; height: number } = FIT.name): number {
  for (let z = 0; z <= COUNTRY_LABEL_MAX_ZOOM; z++) {
    const seen = z + 0.5;
    const pxPerDegree = (512 * 2 ** seen) / 360;
    const size = countryLabelSize(seen, rank);
    if (labelEms(text) * size <= room.width * pxPerDegree * fit.width && LINE_HEIGHT_EMS * size <= room.height * pxPerDegree * fit.height) return z;
  }
  return COUNTRY_LABEL_MAX_ZOOM + 1;
}

/** Land on either side of a point along one axis of a ring set, centred on the point (twice the nearer side). */
function centredRun(polygon: PolygonCoords, point: Position, axis: 0 | 1): number {
  const [px = 0, py = 0] = point;
  const along = axis === 0 ? px : py;
  const across = axis === 0 ? py : px;
  let before = Infinity;
  let after = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] ?? [];
      const b = ring[i] ?? [];
      const [a0 = 0, a1 = 0] = axis === 0 ? a : [a[1], a[0]];
      const [b0 = 0, b1 = 0] = axis === 0 ? b : [b[1], b[0]];
      if (a1 > across === b1 > across) continue;
      const hit = a0 + ((across - a1) / (b1 - a1)) * (b0 - a0);
      if (hit <= along) before = Math.min(before, along - hit);
      else after = Math.min(after, hit - along);
    }
  }
  return 2 * Math.min(before, after);
}

export function labelRoom(polygon: PolygonCoords, point: Position): LabelRoom {
  const merc = polygon.map((ring): Ring => ring.map(([x = 0, y = 0]) => [x, toMercY(y)]));
  const mercPoint: Position = [point[0] ?? 0, toMercY(point[1] ?? 0)];
  return { width: centredRun(merc, mercPoint, 0), height: centredRun(merc, mercPoint, 1) };
}

/** Country names are placed where an ellipse this many times wider than tall fits best (see labelPole). */
const LABEL_ASPECT = 2;
/**
 * A label may move into the opening view only where the country has real room there: an ellipse
 * (LABEL_ASPECT wide) at least this tall from its centre (degrees of Web Mercator), 4° × 2° of
 * land. Below it the sliver of the country in view is too small to name, and the country keeps
 * its own label point.
 */
const MIN_VIEW_RADIUS = 1;

export interface LabelPlacement {
  point: Position;
  room: LabelRoom;
}

/**
 * Where a country's name goes: the pole of inaccessibility of its largest flat piece, so always
 * inside it. When that point is outside the package's opening view but the country reaches well
 * into the view (Mongolia, China and Russia in the Xinjiang package), the pole of its part inside
 * the view instead, so the reader sees the name on opening.
 */
export function countryLabelPlacement(pieces: readonly PolygonCoords[], openingBox: Box | null): LabelPlacement | null {
  const largest = pieces.map((p) => ({ p, km2: polygonKm2(p) })).sort((a, b) => b.km2 - a.km2)[0];
  if (largest === undefined) return null;
  let { point } = labelPole(largest.p, LABEL_ASPECT);
  let home = largest.p;
  if (openingBox !== null && !boxContains(openingBox, point)) {
    const inView = pieces
      .flatMap((piece) => [0, -360].map((dx) => clipToBox(piece, openingBox, dx)))
      .filter((p): p is { clipped: PolygonCoords; piece: PolygonCoords } => p !== null)
      .map((c) => ({ ...c, ...labelPole(c.clipped, LABEL_ASPECT) }))
      .sort((a, b) => b.radius - a.radius)[0];
    if (inView !== undefined && inView.radius >= MIN_VIEW_RADIUS) {
      point = inView.point;
      home = inView.piece;
    }
  }
  if (!pointInPolygon(point, home)) return null;
  return { point, room: labelRoom(home, point) };
}

/** A flat piece cut to a box, the box shifted by `dx` degrees (for a box past the antimeridian). */
function clipToBox(piece: PolygonCoords, box: Box, dx: number): { clipped: PolygonCoords; piece: PolygonCoords } | null {
  const [w, s, e, n] = box;
  const shifted: Box = [w + dx, s, e + dx, n];
  const [outer, ...holes] = piece.map((ring) => clipRing(ring, shifted));
  if (outer === undefined || outer.length < 4) return null;
  return { clipped: [outer, ...holes.filter((h) => h.length >= 4)], piece };
}

/** Rank by the whole country's area, so the largest names are placed first. */
export function rankByArea<T extends { label: unknown; km2: number }>(countries: readonly T[]): T[] {
  return countries.filter((c) => c.label !== null).sort((a, b) => b.km2 - a.km2);
}

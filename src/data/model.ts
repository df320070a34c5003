import type { LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { MonthIndex } from "./month";
import type { Bound } from "./qualifier";
import type { BaseUnit } from "./units";

/** Text per language code; English is always present, any other language may be. */
export type LocalizedText = { en: string } & Record<string, string | undefined>;

/** A word per language: one form, or its plural forms as Intl.PluralRules names them. */
export type LocalizedWord = Record<string, string | Partial<Record<"zero" | "one" | "two" | "few" | "many" | "other", string>>>;

/**
 * How a metric's figures may be turned into months. A `flow` (trade, trains, vehicles) adds up over
 * time, so year-to-date totals can be differenced and spread; an `event` (an investment signed) only
 * has a value in the month it is reported; a `level` (orders held, a running total) is a reading at a
 * date and is never differenced or spread.
 */
export const METRIC_KINDS = ["flow", "event", "level"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export interface MetricDefinition {
  id: string;
  label: LocalizedText;
  unit: BaseUnit;
  kind: MetricKind;
  /** The transport mode the metric counts, when it implies one (trains → rail): colours its flows. */
  mode?: string;
  /** The series the chart shows when nothing is pinned; else the official series covering most months */
  headline?: { origin: string; destination: string; direction?: Direction; subject?: string };
}

/** What a package adds to the built-in vocabulary: count units, kinds of place, zone and route. */
export interface PackageVocabulary {
  units: { id: string; label: LocalizedWord }[];
  kinds: {
    place: { id: string; label: LocalizedWord; symbol: "port" | "hub" | "airport" | "town" | "none" }[];
    zone: { id: string; label: LocalizedWord }[];
    route: { id: string; label: LocalizedWord }[];
  };
}

export interface DatasetView {
  center?: [number, number];
  zoom?: number;
  bounds?: [[number, number], [number, number]];
  months?: [string, string];
  /** The month the explorer opens on (YYYY-MM); otherwise the latest month with data for the default metric. */
  month?: string;
  /** ISO alpha-3 codes of the countries the basemap shades a little darker: where the story is. */
  highlightCountries: string[];
}

export interface DatasetInfo {
  format: "trade-corridors/1";
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The package's credit line on the map ("Positions: GeoNames"), beside the basemap's */
  credit?: string;
  defaultMetric: string;
  metrics: MetricDefinition[];
  units: PackageVocabulary["units"];
  kinds: PackageVocabulary["kinds"];
  view?: DatasetView;
}

export interface Source {
  id: string;
  outlet: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent for an undated reference page */
  date?: string;
  url?: string;
  note?: string;
  /** For editors only; never shown to readers. */
  editorNote?: string;
}

export const PLACE_KINDS = ["port", "counterpart", "city", "hub", "airport", "region", "country", "group"] as const;
/** A built-in kind, or one the package declares in dataset.json `kinds.place` */
export type PlaceKind = string;
export const COORD_PRECISIONS = ["exact", "minutes", "nearest_town", "anchor", "approximate"] as const;
export type CoordPrecision = (typeof COORD_PRECISIONS)[number];
export const PLACE_SITES = ["crossing", "port", "town"] as const;
export type PlaceSite = (typeof PLACE_SITES)[number];
export const MODES = ["rail", "road", "air", "pipeline"] as const;
export type Mode = (typeof MODES)[number];

export interface Place {
  id: string;
  nameEn: string;
  nameZh?: string;
  nameRu?: string;
  /** Every name the package gives, by language code (name_en, name_zh, name_mn…) */
  names: Record<string, string>;
  altNames: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3; absent for groups */
  country?: string;
  /** ISO alpha-3 codes of a group, ["*"] for the world */
  members?: string[];
  modes: Mode[];
  /** [longitude, latitude]; null for groups, which have no point */
  coordinates: [number, number] | null;
  coordPrecision?: CoordPrecision;
  coordNote?: string;
  /** What a port's point stands for: the crossing, the port's inspection station, or a town. */
  site?: PlaceSite;
  coordSources: string[];
  counterpart?: string;
  across?: string;
  status?: string;
  opened?: string;
  sources: string[];
  note?: string;
  editorNote?: string;
}

export const ZONE_KINDS = ["ftz_area", "bonded_zone", "cooperation_center"] as const;
/** A built-in kind, or one the package declares in dataset.json `kinds.zone` */
export type ZoneKind = string;

export interface Zone {
  id: string;
  nameEn: string;
  nameZh?: string;
  kind: ZoneKind;
  parent?: string;
  officialAreaKm2?: number;
  areaSources: string[];
  outline: "official" | "approximate";
  outlineNote?: string;
  /** Area of the drawn outline, measured with turf at build time. */
  measuredAreaKm2: number;
  established?: string;
  sources: string[];
  note?: string;
  editorNote?: string;
  geometry: Polygon | MultiPolygon;
}

export const ROUTE_MODES = ["rail", "road", "air"] as const;
/** rail, road, air, or a mode the package declares in dataset.json `kinds.route` (sea, pipeline…) */
export type RouteMode = string;

export interface Route {
  id: string;
  nameEn: string;
  nameZh?: string;
  mode: RouteMode;
  via: string[];
  path: "drawn" | "great_circle";
  geometryPrecision: "schematic" | "surveyed";
  status: "operating" | "under_construction" | "planned";
  opened?: string;
  constructionStarted?: string;
  lengthKm?: number;
  sources: string[];
  note?: string;
  editorNote?: string;
  /** Great circles are densified at build time, so the app never computes them. */
  geometry: LineString | MultiLineString;
}

export const BASES = ["month", "ytd", "year", "period"] as const;
export type Basis = (typeof BASES)[number];
export const DIRECTIONS = ["export", "import", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** One published figure, as entered in figures.csv. */
export interface Figure {
  id: string;
  /** Line in figures.csv, for messages. */
  line: number;
  metric: string;
  start: MonthIndex;
  /** Set when the period starts on a given day rather than on the 1st. */
  startDay?: number;
  end: MonthIndex;
  /** Set when the period stops mid-month ("as of 28 July"). */
  endDay?: number;
  basis: Basis;
  origin: string;
  destination: string;
  direction: Direction;
  /** As published, in `unit` */
  value: number;
  unit: string;
  /** In the metric's base unit */
  baseValue: number;
  /** Decimal places as published: the rounding that consistency checks allow for. */
  decimals: number;
  bound: Bound;
  approx: boolean;
  yoyPct?: number;
  sharePct?: number;
  sources: string[];
  status: "outcome" | "forecast";
  subject?: string;
  /** Route ids the counted traffic uses (routes.geojson); the flow is drawn along the first. */
  routes: string[];
  note?: string;
  editorNote?: string;
}

export type MonthlyMethod = "reported" | "derived" | "spread";

/**
 * The arithmetic behind a monthly value, exactly: (sum of the `plus` figures − sum of the `minus`
 * figures) ÷ `divisor`, each figure in the metric's base unit. A reported month is one figure ÷ 1; a
 * derived month is a year-to-date total minus the previous one; a spread month also subtracts the
 * months reported on their own and divides by the months left.
 */
export interface Recipe {
  plus: string[];
  minus: string[];
  divisor: number;
}

export interface MonthlyAlternative {
  value: number;
  bound: Bound;
  approx: boolean;
  figureIds: string[];
  recipe: Recipe;
}

/** One month of one series, and how it was obtained from published figures. */
export interface MonthlyValue {
  month: MonthIndex;
  /** In the metric's base unit */
  value: number;
  bound: Bound;
  approx: boolean;
  method: MonthlyMethod;
  /**
   * First and last month sharing this value: the month itself when reported or derived; for a spread
   * value, the months it is divided among (recipe.divisor of them; months inside that were reported
   * on their own are not among them).
   */
  span: [MonthIndex, MonthIndex];
  /** Every figure this value rests on, corroborating copies included: for sources. */
  figureIds: string[];
  recipe: Recipe;
  /** Set when the arithmetic gives a negative value: the published totals disagree. Never drawn. */
  negative?: boolean;
  /** True when two sources publish different values for a figure this month depends on. */
  conflict: boolean;
  /** The values the other side of a conflict gives. */
  alternatives: MonthlyAlternative[];
}

export interface SeriesKey {
  metric: string;
  origin: string;
  destination: string;
  direction: Direction;
  subject?: string;
}

export interface Series extends SeriesKey {
  key: string;
  unit: BaseUnit;
  /** The route(s) its figures name (figures.csv `route`): the map draws the flow along the first. */
  routes: string[];
  values: MonthlyValue[];
  /** Figures of this series that cannot be placed on the time line, and why. */
  unplaced: { figureId: string; reason: string }[];
}

export interface ConsistencyCheck {
  /** `totals`: reported months compared with year-to-date totals; `negative`: totals that give a negative month. */
  kind: "totals" | "negative";
  seriesKey: string;
  /** The month(s) compared */
  span: [MonthIndex, MonthIndex];
  /** Sum of the reported month figures */
  reported: number;
  /** The same months derived from cumulative totals */
  derived: number;
  /** Largest difference explained by the published rounding */
  tolerance: number;
  ok: boolean;
  figureIds: string[];
  message: string;
}

/** Two or more sources giving different values for the same series and period. */
export interface SourceConflict {
  seriesKey: string;
  start: MonthIndex;
  end: MonthIndex;
  /** One entry per distinct value, each with the figures that give it. */
  values: { value: number; bound: Bound; approx: boolean; figureIds: string[] }[];
  message: string;
}

/** Where a corridor through a port is drawn, worked out once when the package is compiled (frames/corridor-path.ts). */
export interface CompiledCorridorPath {
  route: string;
  /** The place the figure is counted at */
  through: string;
  /** Outwards from `through`; null when the place is not on the route */
  path: [number, number][] | null;
  /** The first place across the border the route reaches */
  beyond?: string;
}

export interface CompiledPackage {
  dataset: DatasetInfo;
  sources: Source[];
  places: Place[];
  zones: Zone[];
  routes: Route[];
  figures: Figure[];
  series: Series[];
  checks: ConsistencyCheck[];
  /** Periods for which sources publish different values: both are kept and shown. */
  conflicts: SourceConflict[];
  /** First and last month with any value, or null when nothing is on the time line. */
  monthRange: [MonthIndex, MonthIndex] | null;
  /** The months the explorer's slider covers: dataset.view.months if given, else monthRange. */
  timeline: [MonthIndex, MonthIndex] | null;
  /** Every corridor the series ask for, so the page need not measure along routes; absent in older files. */
  corridorPaths?: CompiledCorridorPath[];
}

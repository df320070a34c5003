import area from "@turf/area";
import type { z } from "zod";
import type { DatasetInfo, Figure, Place, Route, Source, Zone } from "./model";
import { PACKAGE_FILES, REQUIRED_FILES, type PackageFileKey, type PackageTexts } from "./package-files";
import { parseCsv } from "./parse-csv";
import { parseFeatureCollection } from "./parse-geojson";
import type { Problem } from "./problems";
import { datasetSchema } from "./schemas/dataset";
import { FIGURE_COLUMNS, REQUIRED_FIGURE_COLUMNS, figureRowSchema, type FigureRow } from "./schemas/figures";
import { NAME_PROPERTY, placeFeatureSchema, type PlaceFeature } from "./schemas/places";
import { routeFeatureSchema, type RouteFeature } from "./schemas/routes";
import { REQUIRED_SOURCE_COLUMNS, sourceRowSchema } from "./schemas/sources";
import { zoneFeatureSchema, type ZoneFeature } from "./schemas/zones";
import { readJson } from "./read-json";
import { unitDefinition } from "./units";
import { describeIssue } from "./zod-issues";

/** A parsed item with where it came from, so later checks can name file and line. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
  lineOf: (path: readonly (string | number)[]) => number;
}

export interface LoadedPackage {
  dataset?: DatasetInfo;
  datasetLineOf: (path: readonly (string | number)[]) => number;
  sources: Located<Source>[];
  figures: Located<Figure>[];
  places: Located<Place>[];
  zones: Located<Zone>[];
  routes: Located<Route>[];
  /** Ids whose rows or features were reported and dropped: references to them are not errors of their own. */
  rejectedIds: Set<string>;
  /** Files that could not be read at all: references into them are not checked. */
  unreadable: Set<PackageFileKey>;
}

const toList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : value.split(";")).map((s) => s.trim()).filter(Boolean);

function loadDataset(text: string, problems: Problem[]): Pick<LoadedPackage, "dataset" | "datasetLineOf"> {
  const file = PACKAGE_FILES.dataset;
  const read = readJson(file, text);
  const datasetLineOf = (path: readonly (string | number)[]) => read.locator.lineOf(path);
  if (!read.ok) {
    for (const item of read.problems) problems.push(item);
    return { datasetLineOf };
  }
  const result = datasetSchema.safeParse(read.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
      problems.push({ file, line: datasetLineOf(path), severity: "error", message: describeIssue(issue) });
    }
    return { datasetLineOf };
  }
  return { dataset: result.data, datasetLineOf };
}

interface LoadContext {
  problems: Problem[];
  rejectedIds: Set<string>;
  unreadable: Set<PackageFileKey>;
}

function loadSources(text: string, ctx: LoadContext): Located<Source>[] {
  const { problems } = ctx;
  const file = PACKAGE_FILES.sources;
  const table = parseCsv(file, text, REQUIRED_SOURCE_COLUMNS);
  for (const item of table.problems) problems.push(item);
  if (table.header.length === 0) ctx.unreadable.add("sources");
  const sources: Located<Source>[] = [];
  for (const row of table.rows) {
    const result = sourceRowSchema.safeParse(row.fields);
    if (!result.success) {
      result.error.issues.forEach((issue) => problems.push({ file, line: row.line, severity: "error", message: describeIssue(issue) }));
      if (row.fields.id) ctx.rejectedIds.add(row.fields.id);
      continue;
    }
    const { editor_note, ...rest } = result.data;
    sources.push({ value: { ...rest, ...(editor_note ? { editorNote: editor_note } : {}) }, file, line: row.line, lineOf: () => row.line });
  }
  return sources;
}

function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

function toFigure(row: FigureRow, line: number): Figure {
  const unit = unitDefinition(row.unit);
  const value = Number(row.value);
  return {
    id: row.id,
    line,
    metric: row.metric,
    start: row.period_start.month,
    ...(row.period_start.day !== undefined && row.period_start.day !== 1 ? { startDay: row.period_start.day } : {}),
    end: row.period_end.month,
    ...(row.period_end.day !== undefined ? { endDay: row.period_end.day } : {}),
    basis: row.basis,
    origin: row.origin,
    destination: row.destination,
    direction: row.direction,
    value,
    unit: row.unit,
    baseValue: value * (unit?.factor ?? 1),
    decimals: decimalsOf(row.value),
    bound: row.qualifier.bound,
    approx: row.qualifier.approx,
    ...(row.yoy_pct !== undefined ? { yoyPct: row.yoy_pct } : {}),
    ...(row.share_pct !== undefined ? { sharePct: row.share_pct } : {}),
    sources: row.source,
    status: row.status,
    ...(row.subject !== undefined ? { subject: row.subject } : {}),
    routes: row.route ?? [],
    ...(row.note !== undefined ? { note: row.note } : {}),
    ...(row.editor_note !== undefined ? { editorNote: row.editor_note } : {}),
  };
}

function loadFigures(text: string, problems: Problem[]): Located<Figure>[] {
  const file = PACKAGE_FILES.figures;
  const table = parseCsv(file, text, REQUIRED_FIGURE_COLUMNS);
  for (const item of table.problems) problems.push(item);
  const unknownColumns = table.header.filter((c) => !(FIGURE_COLUMNS as readonly string[]).includes(c));
  if (unknownColumns.length > 0) {
    problems.push({ file, line: 1, severity: "warning", message: `unknown column(s) ignored: ${unknownColumns.join(", ")}` });
  }
  const figures: Located<Figure>[] = [];
  for (const row of table.rows) {
    const result = figureRowSchema.safeParse(row.fields);
    if (!result.success) {
      result.error.issues.forEach((issue) => problems.push({ file, line: row.line, severity: "error", message: describeIssue(issue) }));
      continue;
    }
    figures.push({ value: toFigure(result.data, row.line), file, line: row.line, lineOf: () => row.line });
  }
  return figures;
}

function toPlace(feature: PlaceFeature): Place {
  const p = feature.properties;
  const coordinates = feature.geometry ? ([feature.geometry.coordinates[0], feature.geometry.coordinates[1]] as [number, number]) : null;
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    const lang = NAME_PROPERTY.exec(key)?.[1];
    if (lang && typeof value === "string" && value.trim()) names[lang.replace("_", "-")] = value;
  }
  return {
    id: p.id,
    nameEn: p.name_en,
    ...(p.name_zh ? { nameZh: p.name_zh } : {}),
    ...(p.name_ru ? { nameRu: p.name_ru } : {}),
    names,
    altNames: p.alt_names,
    kind: p.kind,
    ...(p.country ? { country: p.country } : {}),
    ...(p.members ? { members: p.members } : {}),
    modes: p.modes,
    coordinates,
    ...(p.coord_precision ? { coordPrecision: p.coord_precision } : {}),
    ...(p.coord_note ? { coordNote: p.coord_note } : {}),
    ...(p.site ? { site: p.site } : {}),
    coordSources: toList(p.coord_source),
    ...(p.counterpart ? { counterpart: p.counterpart } : {}),
    ...(p.across ? { across: p.across } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(p.opened ? { opened: p.opened } : {}),
    sources: p.sources,
    ...(p.note ? { note: p.note } : {}),
    ...(p.editor_note ? { editorNote: p.editor_note } : {}),
  };
}

function toZone(feature: ZoneFeature): Zone {
  const p = feature.properties;
  return {
    id: p.id,
    nameEn: p.name_en,
    ...(p.name_zh ? { nameZh: p.name_zh } : {}),
    kind: p.kind,
    ...(p.parent ? { parent: p.parent } : {}),
    ...(p.official_area_km2 !== undefined ? { officialAreaKm2: p.official_area_km2 } : {}),
    areaSources: toList(p.area_source),
    outline: p.outline,
    ...(p.outline_note ? { outlineNote: p.outline_note } : {}),
    measuredAreaKm2: Math.round(area({ type: "Feature", geometry: feature.geometry, properties: {} }) / 1e4) / 100,
    ...(p.established ? { established: p.established } : {}),
    sources: p.sources,
    ...(p.note ? { note: p.note } : {}),
    ...(p.editor_note ? { editorNote: p.editor_note } : {}),
    geometry: feature.geometry,
  };
}

function toRoute(feature: RouteFeature): Route {
  const p = feature.properties;
  return {
    id: p.id,
    nameEn: p.name_en,
    ...(p.name_zh ? { nameZh: p.name_zh } : {}),
    mode: p.mode,
    via: p.via,
    path: p.path,
    geometryPrecision: p.geometry_precision,
    status: p.status,
    ...(p.opened ? { opened: p.opened } : {}),
    ...(p.construction_started ? { constructionStarted: p.construction_started } : {}),
    ...(p.length_km !== undefined ? { lengthKm: p.length_km } : {}),
    sources: p.sources,
    ...(p.note ? { note: p.note } : {}),
    ...(p.editor_note ? { editorNote: p.editor_note } : {}),
    geometry: feature.geometry,
  };
}

function loadFeatures<F, T>(
  key: "places" | "zones" | "routes",
  text: string | undefined,
  schema: z.ZodType<F>,
  convert: (feature: F) => T,
  ctx: LoadContext,
): Located<T>[] {
  if (text === undefined) return [];
  const file = PACKAGE_FILES[key];
  const parsed = parseFeatureCollection(file, text, schema);
  for (const item of parsed.problems) ctx.problems.push(item);
  parsed.rejectedIds.forEach((id) => ctx.rejectedIds.add(id));
  if (parsed.unreadable) ctx.unreadable.add(key);
  return parsed.features.map((f) => ({ value: convert(f.value), file, line: f.line, lineOf: f.lineOf }));
}

/**
 * Parses every file of a package on its own terms (syntax and schema). Cross-file references are
 * checked separately (validate-references), so that this stays usable for a single uploaded file.
 */
export function loadPackage(texts: PackageTexts): { loaded: LoadedPackage; problems: Problem[] } {
  const problems: Problem[] = [];
  const ctx: LoadContext = { problems, rejectedIds: new Set(), unreadable: new Set() };
  for (const key of REQUIRED_FILES) {
    if (texts[key] === undefined) problems.push({ file: PACKAGE_FILES[key], line: 0, severity: "error", message: "required file is missing" });
  }
  const dataset = texts.dataset !== undefined ? loadDataset(texts.dataset, problems) : { datasetLineOf: () => 0 };
  const loaded: LoadedPackage = {
    ...dataset,
    sources: texts.sources !== undefined ? loadSources(texts.sources, ctx) : [],
    figures: texts.figures !== undefined ? loadFigures(texts.figures, problems) : [],
    places: loadFeatures("places", texts.places, placeFeatureSchema, toPlace, ctx),
    zones: loadFeatures("zones", texts.zones, zoneFeatureSchema, toZone, ctx),
    routes: loadFeatures("routes", texts.routes, routeFeatureSchema, toRoute, ctx),
    rejectedIds: ctx.rejectedIds,
    unreadable: ctx.unreadable,
  };
  return { loaded, problems };
}

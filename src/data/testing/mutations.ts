import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import type { PackageFileKey, PackageTexts } from "../package-files";

/**
 * Ways a data package gets broken in real life, for property tests only: lines deleted, duplicated or
 * swapped, characters corrupted, files cut short, cells and GeoJSON properties overwritten with
 * anything at all, files left out.
 */
export type Mutation =
  | { kind: "delete-line" | "duplicate-line" | "truncate"; file: PackageFileKey; at: number }
  | { kind: "swap-lines"; file: PackageFileKey; at: number; other: number }
  | { kind: "corrupt"; file: PackageFileKey; at: number; text: string }
  | { kind: "drop-file"; file: PackageFileKey }
  | { kind: "cell"; file: "sources" | "figures"; row: number; column: number; value: string }
  | { kind: "property"; file: "places" | "zones" | "routes"; feature: number; key: string; value: unknown }
  | { kind: "geometry"; file: "places" | "zones" | "routes"; feature: number; value: unknown };

const FILES: PackageFileKey[] = ["dataset", "sources", "figures", "places", "zones", "routes"];
const GEO_FILES = ["places", "zones", "routes"] as const;

/** The properties the format knows, and a few it does not. */
const PROPERTY_KEYS = [
  "id", "name_en", "name_zh", "name_mn", "alt_names", "kind", "country", "members", "modes", "coord_precision", "coord_note", "coord_source",
  "site", "counterpart", "across", "status", "opened", "sources", "note", "editor_note", "parent", "official_area_km2", "area_source",
  "outline", "outline_note", "established", "mode", "via", "path", "geometry_precision", "construction_started", "length_km",
];

/** Values that are nearly right (an enum value, a known id) reach deeper checks than random JSON does. */
const plausibleValue = fc.constantFrom<unknown>(
  "great_circle", "drawn", "group", "port", "region", "country", "anchor", "exact", "approximate", "official", "rail", "sea",
  "KAZ", "CHN", "xinjiang", "horgos", "kazakhstan", "world", "P1", "F5", ["*"], ["KAZ"], [], ["xinjiang", "horgos"], "", null,
  0, -1, 1e308, 2e9, "2023-02-30", "2023", "<img src=x onerror=alert(1)>",
);

/** Positions at the edges of the globe: poles, the antimeridian, antipodes, the same point twice. */
export const edgePosition = fc.oneof(
  fc.constantFrom<[number, number]>([0, 0], [180, 0], [-180, 0], [0, 90], [0, -90], [90, 0], [-90, 0], [80.3694, 44.1956], [-99.6306, -44.1956]),
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
);

const geometryValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ type: fc.constantFrom("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon"), coordinates: edgePosition }),
  fc.record({ type: fc.constant("LineString"), coordinates: fc.array(edgePosition, { minLength: 0, maxLength: 3 }) }),
  fc.record({ type: fc.constant("Polygon"), coordinates: fc.array(fc.array(edgePosition, { maxLength: 6 }), { maxLength: 2 }) }),
);

const char = fc.oneof(
  fc.constantFrom('"', ",", ";", "\n", "\r", "{", "}", "[", "]", ":", "\\", "\uFEFF", "\u0000", "é", "-", "0", " "),
  fc.string({ unit: "binary", minLength: 1, maxLength: 3 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete-line", "duplicate-line", "truncate"), file: fc.constantFrom(...FILES), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines"), file: fc.constantFrom(...FILES), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("corrupt"), file: fc.constantFrom(...FILES), at: fc.nat(), text: char }),
  fc.record({ kind: fc.constant("drop-file"), file: fc.constantFrom(...FILES) }),
  fc.record({ kind: fc.constant("cell"), file: fc.constantFrom("sources", "figures"), row: fc.nat(), column: fc.nat(), value: fc.oneof(fc.string(), char, plausibleValue.map(String)) }),
  fc.record({
    kind: fc.constant("property"),
    file: fc.constantFrom(...GEO_FILES),
    feature: fc.nat(),
    key: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PROPERTY_KEYS) }, fc.string()),
    value: fc.oneof(plausibleValue, fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ kind: fc.constant("geometry"), file: fc.constantFrom(...GEO_FILES), feature: fc.nat(), value: geometryValue }),
);

const splice = <T>(items: T[], at: number, remove: number, ...add: T[]) => {
  const copy = [...items];
  copy.splice(at, remove, ...add);
  return copy;
};

function mutateLines(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const i = "at" in m ? m.at % Math.max(1, lines.length) : 0;
  switch (m.kind) {
    case "delete-line":
      return splice(lines, i, 1).join("\n");
    case "duplicate-line":
      return splice(lines, i, 0, lines[i] ?? "").join("\n");
    case "swap-lines": {
      const j = m.other % Math.max(1, lines.length);
      const swapped = [...lines];
      swapped[i] = lines[j] ?? "";
      swapped[j] = lines[i] ?? "";
      return swapped.join("\n");
    }
    case "truncate":
      return text.slice(0, m.at % (text.length + 1));
    case "corrupt": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at + 1);
    }
    default:
      return text;
  }
}

function mutateCell(text: string, m: Extract<Mutation, { kind: "cell" }>): string {
  const rows = parse(text, { relax_column_count: true, bom: true }) as string[][];
  const row = rows[m.row % Math.max(1, rows.length)];
  if (!row || row.length === 0) return text;
  row[m.column % row.length] = m.value;
  return stringify(rows);
}

function mutateFeature(text: string, m: Extract<Mutation, { kind: "property" | "geometry" }>): string {
  const json = JSON.parse(text) as { features?: { properties?: Record<string, unknown>; geometry?: unknown }[] };
  const features = json.features ?? [];
  const feature = features[m.feature % Math.max(1, features.length)];
  if (!feature) return text;
  if (m.kind === "geometry") feature.geometry = m.value;
  else feature.properties = { ...(feature.properties ?? {}), [m.key]: m.value };
  return JSON.stringify(json, null, 2);
}

/**
 * Applies the mutations in order. Cell and property mutations need a file that still parses, so they
 * are applied first, to the files as they were; line and character mutations then break them further.
 */
export function mutate(texts: PackageTexts, mutations: readonly Mutation[]): PackageTexts {
  const out: PackageTexts = { ...texts };
  const structured = mutations.filter((m) => m.kind === "cell" || m.kind === "property" || m.kind === "geometry");
  const textual = mutations.filter((m) => m.kind !== "cell" && m.kind !== "property" && m.kind !== "geometry");
  for (const m of [...structured, ...textual]) {
    const text = out[m.file];
    if (text === undefined) continue;
    if (m.kind === "drop-file") delete out[m.file];
    else if (m.kind === "cell") out[m.file] = mutateCell(text, m);
    else if (m.kind === "property" || m.kind === "geometry") out[m.file] = mutateFeature(text, m);
    else out[m.file] = mutateLines(text, m);
  }
  return out;
}

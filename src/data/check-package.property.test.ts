import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../scripts/read-package-dir";
import { checkPackage, type CheckResult } from "./check-package";
import { decodeCompiled, encodeCompiled } from "./compact/compiled-format";
import type { Figure } from "./model";
import { formatMonth } from "./month";
import { PACKAGE_FILES, type PackageFileKey, type PackageTexts } from "./package-files";
import { formatProblem } from "./problems";
import { FIGURE_COLUMNS } from "./schemas/figures";
import { generatedTexts, packageArb, toCsv, type FigureCells } from "./testing/package-arbitrary";
import { edgePosition, mutate, mutationArb } from "./testing/mutations";

const ROOT = join(__dirname, "..", "..");
const MINIMAL = readPackageDir(join(ROOT, "examples", "minimal"));
const BUNDLED = readPackageDir(join(ROOT, "data"));
const FILE_KEYS = new Map<string, PackageFileKey>(Object.entries(PACKAGE_FILES).map(([key, path]) => [path, key as PackageFileKey]));
/** Lines as an editor's text editor counts them: a lone carriage return (old Mac files) ends a line too. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** The package as the app receives it: encoded, sent as JSON, decoded. */
const travelled = (result: CheckResult) => (result.compiled ? decodeCompiled(JSON.parse(JSON.stringify(encodeCompiled(result.compiled)))) : undefined);
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A shared CI runner may be several times slower than a laptop: room for that, the runs stay as they are. */
const SLOW_MS = 20_000;
const errorsOf = (result: CheckResult) => result.problems.filter((p) => p.severity === "error");

/** What must hold of any check, whatever the input: it returns, and every problem points into a file that exists. */
function expectWellFormed(texts: PackageTexts, result: CheckResult): void {
  expect(result.ok).toBe(errorsOf(result).length === 0);
  expect(result.compiled).toBeDefined();
  for (const problem of result.problems) {
    const key = FILE_KEYS.get(problem.file);
    expect(key, formatProblem(problem)).toBeDefined();
    expect(Number.isInteger(problem.line) && problem.line >= 0, formatProblem(problem)).toBe(true);
    const text = key ? texts[key] : undefined;
    if (text !== undefined) expect(problem.line, formatProblem(problem)).toBeLessThanOrEqual(lineCount(text));
    expect(problem.message.length, formatProblem(problem)).toBeGreaterThan(0);
  }
  // Every drawn line is made of real numbers: nothing the map would draw as NaN.
  const positions = (result.compiled?.routes ?? []).flatMap((r) => (r.geometry.type === "LineString" ? r.geometry.coordinates : r.geometry.coordinates.flat()));
  expect(positions.flat().every(Number.isFinite)).toBe(true);
  // What was compiled from a broken package still travels to the app intact.
  expect(travelled(result)).toEqual(asJson(result.compiled));
}

describe("checkPackage never throws, whatever the package", () => {
  it("returns a well-formed report for the minimal example, mutated", { timeout: SLOW_MS }, () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (mutations) => {
        const texts = mutate(MINIMAL, mutations);
        expectWellFormed(texts, checkPackage(texts));
      }),
      { numRuns: 300 },
    );
  });

  it("returns a well-formed report for the bundled package, mutated", { timeout: SLOW_MS }, () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const texts = mutate(BUNDLED, mutations);
        expectWellFormed(texts, checkPackage(texts));
      }),
      { numRuns: 15 },
    );
  });

  it("returns for a route between any two points, drawn or along the great circle", () => {
    fc.assert(
      fc.property(edgePosition, edgePosition, fc.constantFrom("drawn", "great_circle"), (from, to, path) => {
        const route = { type: "Feature", geometry: { type: "LineString", coordinates: [from, to] }, properties: { id: "air-1", name_en: "Air route", mode: "air", path, sources: ["P1"] } };
        const texts = { ...MINIMAL, routes: JSON.stringify({ type: "FeatureCollection", features: [route] }) };
        expectWellFormed(texts, checkPackage(texts));
      }),
      { numRuns: 200 },
    );
  });

  it("returns for files of random text", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v)));
    fc.assert(
      fc.property(fc.record({ dataset: text, sources: text, figures: text, places: text, zones: text, routes: text }, { requiredKeys: [] }), (texts) => {
        expectWellFormed(texts, checkPackage(texts));
      }),
      { numRuns: 300 },
    );
  });
});

/** Corruptions that make a figure row invalid on its own terms, each an error at the row's line. */
const CORRUPTIONS: readonly ((row: FigureCells) => string[] | FigureCells)[] = [
  (row) => ({ ...row, value: "1 234" }),
  (row) => ({ ...row, value: "" }),
  (row) => ({ ...row, basis: "weekly" }),
  (row) => ({ ...row, period_start: "2023-13" }),
  (row) => ({ ...row, direction: "imports" }),
  (row) => ({ ...row, id: "Not an id" }),
  (row) => ({ ...row, unit: "kg" }),
  (row) => ({ ...row, origin: "atlantis" }),
  (row) => ({ ...row, source: "" }),
  (row) => ({ ...row, source: "NOT-CITED" }),
  (row) => ({ ...row, metric: "unknown_metric" }),
  (row) => ({ ...row, qualifier: "about" }),
  (row) => [...FIGURE_COLUMNS.map((c) => row[c]), "an extra cell"],
  (row) => FIGURE_COLUMNS.slice(1).map((c) => row[c]),
];

/** figures.csv with some rows corrupted, and the line each row starts on (notes may span lines). */
function corruptedFigures(rows: readonly FigureCells[], corrupt: ReadonlyMap<number, number>): { text: string; lines: number[] } {
  let text = stringify([[...FIGURE_COLUMNS]]);
  const lines: number[] = [];
  rows.forEach((row, i) => {
    const how = corrupt.get(i);
    const changed = how === undefined ? row : (CORRUPTIONS[how % CORRUPTIONS.length]?.(row) ?? row);
    lines.push(text.split("\n").length);
    text += stringify([Array.isArray(changed) ? changed : FIGURE_COLUMNS.map((c) => changed[c])]);
  });
  return { text, lines };
}

describe("every rejected row is reported at its line, and no valid row is dropped", () => {
  it("reports each corrupted figure row at the line it starts on, and keeps every other row", () => {
    const arb = packageArb
      .filter((pkg) => pkg.figures.length > 0)
      .chain((pkg) => fc.tuple(fc.constant(pkg), fc.uniqueArray(fc.tuple(fc.nat({ max: pkg.figures.length - 1 }), fc.nat()), { selector: ([row]) => row, maxLength: pkg.figures.length })));
    fc.assert(
      fc.property(arb, ([pkg, picks]) => {
        const corrupt = new Map(picks);
        const { text, lines } = corruptedFigures(pkg.figures, corrupt);
        const result = checkPackage({ ...generatedTexts(pkg), figures: text });
        const errorLines = new Set(errorsOf(result).filter((p) => p.file === "figures.csv").map((p) => p.line));
        const kept = new Set(result.compiled?.figures.map((f) => f.id));
        pkg.figures.forEach((row, i) => {
          if (corrupt.has(i)) expect(errorLines.has(lines[i] ?? -1), `row ${i} at line ${lines[i]} is reported`).toBe(true);
          else {
            expect(kept.has(row.id), `untouched row ${row.id} is kept`).toBe(true);
            expect(errorLines.has(lines[i] ?? -1), `untouched row ${row.id} is not reported`).toBe(false);
          }
        });
        expect(errorsOf(result).every((p) => p.file === "figures.csv")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

/** A compiled figure written back as the row an editor would have typed. */
function figureRow(f: Figure): FigureCells {
  const day = (d: number | undefined) => (d === undefined ? "" : `-${String(d).padStart(2, "0")}`);
  return {
    id: f.id,
    metric: f.metric,
    period_start: `${formatMonth(f.start)}${day(f.startDay)}`,
    period_end: `${formatMonth(f.end)}${day(f.endDay)}`,
    basis: f.basis,
    origin: f.origin,
    destination: f.destination,
    direction: f.direction,
    value: f.value.toFixed(f.decimals),
    unit: f.unit,
    qualifier: f.bound ?? (f.approx ? "≈" : ""),
    yoy_pct: f.yoyPct === undefined ? "" : String(f.yoyPct),
    share_pct: f.sharePct === undefined ? "" : String(f.sharePct),
    source: f.sources.join(";"),
    status: f.status === "forecast" ? "forecast" : "",
    subject: f.subject ?? "",
    route: f.routes.join(";"),
    note: f.note ?? "",
    editor_note: f.editorNote ?? "",
  };
}

describe("valid packages round-trip", () => {
  it("checks a random valid package without errors, and the compiled package travels unchanged", () => {
    fc.assert(
      fc.property(packageArb, (pkg) => {
        const result = checkPackage(generatedTexts(pkg));
        expect(errorsOf(result).map(formatProblem)).toEqual([]);
        expect(result.compiled?.figures).toHaveLength(pkg.figures.length);
        expect(travelled(result)).toEqual(result.compiled);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same compiled package when figures.csv is saved with its columns in another order, every field quoted and Windows line ends", () => {
    const arb = packageArb.chain((pkg) => fc.tuple(fc.constant(pkg), fc.shuffledSubarray([...FIGURE_COLUMNS], { minLength: FIGURE_COLUMNS.length }), fc.boolean(), fc.boolean()));
    fc.assert(
      fc.property(arb, ([pkg, columns, quoted, crlf]) => {
        const plain = checkPackage(generatedTexts(pkg));
        const resaved = checkPackage(generatedTexts(pkg, { columns, quoted, crlf }));
        expect(resaved.problems).toEqual(plain.problems);
        expect(resaved.compiled).toEqual(plain.compiled);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same series when the compiled figures are written back to figures.csv and checked again", () => {
    fc.assert(
      fc.property(packageArb, (pkg) => {
        const first = checkPackage(generatedTexts(pkg));
        const rows = (first.compiled?.figures ?? []).map(figureRow);
        const second = checkPackage({ ...generatedTexts(pkg), figures: toCsv(rows, FIGURE_COLUMNS) });
        expect(errorsOf(second).map(formatProblem)).toEqual([]);
        expect(second.compiled?.series).toEqual(first.compiled?.series);
        expect(second.compiled?.checks).toEqual(first.compiled?.checks);
        expect(second.compiled?.conflicts).toEqual(first.compiled?.conflicts);
      }),
      { numRuns: 100 },
    );
  });
});

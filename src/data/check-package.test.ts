import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPackage } from "./check-package";
import { PACKAGE_FILES, type PackageFileKey, type PackageTexts } from "./package-files";
import { formatProblem } from "./problems";

const EXAMPLE = join(__dirname, "../../examples/minimal");

function examplePackage(): Record<PackageFileKey, string> {
  const read = (key: PackageFileKey) => readFileSync(join(EXAMPLE, PACKAGE_FILES[key]), "utf8");
  return { dataset: read("dataset"), sources: read("sources"), figures: read("figures"), places: read("places"), zones: read("zones"), routes: read("routes") };
}

/** Replaces text on one line of a file and returns the package and that line's number. */
function editLine(texts: Record<PackageFileKey, string>, key: PackageFileKey, find: string, replace: string): { texts: PackageTexts; line: number } {
  const lines = texts[key].split("\n");
  const index = lines.findIndex((l) => l.includes(find));
  if (index < 0) throw new Error(`"${find}" not in ${key}`);
  lines[index] = (lines[index] ?? "").replace(find, replace);
  return { texts: { ...texts, [key]: lines.join("\n") }, line: index + 1 };
}

const messages = (texts: PackageTexts) => checkPackage(texts).problems.filter((p) => p.severity === "error").map(formatProblem);

describe("checkPackage on the minimal example", () => {
  it("passes the example package without errors or warnings", () => {
    const result = checkPackage(examplePackage());
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("checkPackage reports each problem at its file and line", () => {
  it("names an unknown place id in a figure", () => {
    const { texts, line } = editLine(examplePackage(), "figures", ",xinjiang,kazakhstan,", ",xinjiang,kazakstan,");
    expect(messages(texts)).toEqual([`figures.csv:${line}: unknown place id "kazakstan" in destination`]);
  });

  it("names a coordinate of 200 degrees", () => {
    const { texts, line } = editLine(examplePackage(), "places", "[80.3694, 44.1956]", "[200, 44.1956]");
    expect(messages(texts)).toEqual([`geo/places.geojson:${line}: feature "horgos": geometry.coordinates.0: longitude 200 is out of range (−180 to 180)`]);
  });

  it("names a figure row without a source", () => {
    const { texts, line } = editLine(examplePackage(), "figures", ",S003,,,April", ",,,,April");
    expect(messages(texts)).toEqual([`figures.csv:${line}: source: every figure needs at least one source id (the column is empty)`]);
  });

  it("reports all three at once, one message each, and keeps the good rows", () => {
    let texts: Record<PackageFileKey, string> = examplePackage();
    texts = editLine(texts, "figures", ",xinjiang,kazakhstan,both,24.71", ",xinjiang,kazakstan,both,24.71").texts as Record<PackageFileKey, string>;
    texts = editLine(texts, "places", "[80.3694, 44.1956]", "[200, 44.1956]").texts as Record<PackageFileKey, string>;
    texts = editLine(texts, "figures", ",S003,,,April", ",,,,April").texts as Record<PackageFileKey, string>;
    const result = checkPackage(texts);
    expect(result.problems.filter((p) => p.severity === "error")).toHaveLength(3);
    expect(result.ok).toBe(false);
    expect(result.compiled?.figures.map((f) => f.id)).toEqual(["xj-ca5-trade-2023-ytd-04"]);
  });

  it("names a unit that does not fit the metric", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "24.71,bn CNY", "24.71,Mt");
    expect(messages(texts)).toEqual([`figures.csv:${line}: unit mismatch: "Mt" measures t but metric "trade_value" is in CNY`]);
  });

  it("names a period that ends before it starts", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "2023-01,2023-03,ytd", "2023-04,2023-03,period");
    expect(messages(texts)).toEqual([`figures.csv:${line}: period_end 2023-03 is before period_start 2023-04`]);
  });

  it("names a year-to-date figure that does not start in January", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "2023-01,2023-03,ytd", "2023-02,2023-03,ytd");
    expect(messages(texts)).toEqual([`figures.csv:${line}: basis ytd needs period_start 2023-01 (January of the end's year) and whole months`]);
  });

  it("names a source id that sources.csv does not have", () => {
    const { texts, line } = editLine(examplePackage(), "figures", ",T10,,,First", ",T99,,,First");
    expect(messages(texts)).toEqual([`figures.csv:${line}: figure "xj-kz-trade-2023-ytd-03": unknown source id "T99" (not in sources.csv)`]);
  });

  it("names a duplicate figure id at the second use", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "xj-kz-trade-2023-ytd-04,", "xj-kz-trade-2023-ytd-03,");
    expect(messages(texts)).toEqual([`figures.csv:${line}: duplicate figure id "xj-kz-trade-2023-ytd-03" (first used at line 2); this one is skipped`]);
  });

  it("names a duplicate place id", () => {
    const { texts, line } = editLine(examplePackage(), "places", '"id": "horgos"', '"id": "kazakhstan"');
    expect(messages(texts)).toEqual([
      `geo/places.geojson:${line}: duplicate place id "kazakhstan" (first used at line 16); this one is skipped`,
      // the renamed place is gone, so the route through it is reported too
      `geo/routes.geojson:8: route "rail-urumqi-horgos": unknown place id "horgos" in via`,
    ]);
  });

  it("names an unknown place in a route's via list", () => {
    const { texts, line } = editLine(examplePackage(), "routes", '"via": ["xinjiang", "horgos"]', '"via": ["xinjiang", "khorgas"]');
    expect(messages(texts)).toEqual([`geo/routes.geojson:${line}: route "rail-urumqi-horgos": unknown place id "khorgas" in via`]);
  });

  it("names a row with the wrong number of fields", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "First quarter.", "First quarter.,extra");
    expect(messages(texts)).toEqual([`figures.csv:${line}: row has 18 fields but the header has 17; row skipped`]);
  });

  it("names invalid JSON with its line", () => {
    const { texts, line } = editLine(examplePackage(), "places", '"kind": "region",', '"kind": "region"');
    expect(messages(texts)).toEqual([`geo/places.geojson:${line}: invalid JSON (CommaExpected)`]);
  });

  it("refuses a javascript: link in sources.csv", () => {
    const { texts, line } = editLine(examplePackage(), "sources", "https://www.shiftingsandsproject.com/khorgas-khorgos", "javascript:alert(1)");
    expect(messages(texts)).toEqual([`sources.csv:${line}: url must be an http(s) address without spaces`]);
  });

  it("warns, without failing, when an approximate zone outline is far from its official area", () => {
    const { texts } = editLine(examplePackage(), "zones", '"official_area_km2": 16.58', '"official_area_km2": 30');
    const result = checkPackage(texts);
    expect(result.ok).toBe(true);
    expect(result.problems.map(formatProblem)[0]).toMatch(/^geo\/zones.geojson:\d+: warning: zone "ftz-horgos": drawn outline measures 16\.\d+ km², \d+ % off the official 30 km²/);
  });

  it("names a great_circle route whose two ends are opposite each other on the globe, instead of failing the build", () => {
    const routes = JSON.stringify(
      {
        type: "FeatureCollection",
        features: [{ type: "Feature", geometry: { type: "LineString", coordinates: [[0, 0], [179.9999999, 0]] }, properties: { id: "air-1", name_en: "Air route", mode: "air", path: "great_circle", sources: ["P1"] } }],
      },
      null,
      2,
    );
    const line = routes.split("\n").findIndex((l) => l.includes('"geometry"')) + 1;
    expect(messages({ ...examplePackage(), routes })).toEqual([
      `geo/routes.geojson:${line}: feature "air-1": geometry: a great_circle route's two ends are opposite each other on the globe, so no single great circle joins them: give a point on the way and use path "drawn"`,
    ]);
  });

  it("draws a great_circle route whose two ends are a hair apart as the line between them, not as NaN", () => {
    const routes = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: { type: "LineString", coordinates: [[0, 0], [0, 5e-324]] }, properties: { id: "air-1", name_en: "Air route", mode: "air", path: "great_circle", sources: ["P1"] } }],
    });
    const result = checkPackage({ ...examplePackage(), routes });
    expect(result.problems).toEqual([]);
    expect(result.compiled?.routes[0]?.geometry).toEqual({ type: "LineString", coordinates: [[0, 0], [0, 5e-324]] });
  });

  it("reports a missing required file", () => {
    const { places: _places, ...rest } = examplePackage();
    expect(messages(rest)).toContain("geo/places.geojson: required file is missing");
  });
});

describe("checkPackage says what to change", () => {
  it("tells a year-to-date figure that stops on a day to use basis period, in one message", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "2023-01,2023-03,ytd", "2023-01,2023-03-28,ytd");
    expect(messages(texts)).toEqual([
      `figures.csv:${line}: basis ytd counts whole months, but period_end 2023-03-28 is a day: for a figure "so far this year, as of 28 March", set basis to period (it stays in the tables; a figure that stops mid-month is not put on the time line)`,
    ]);
  });

  it("accepts that figure once it says basis period, and keeps it off the time line", () => {
    const { texts } = editLine(examplePackage(), "figures", "2023-01,2023-03,ytd", "2023-01,2023-03-28,period");
    const result = checkPackage(texts);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const series = result.compiled?.series.find((s) => s.destination === "kazakhstan");
    expect(series?.unplaced).toEqual([{ figureId: "xj-kz-trade-2023-ytd-03", reason: "its period starts or ends mid-month" }]);
  });

  for (const [name, delimiter, words] of [["semicolons", ";", "';'"], ["tabs", "\t", "tabs"]] as const) {
    it(`recognises a figures.csv separated by ${name} in one message for the file`, () => {
      const example = examplePackage();
      const texts = { ...example, figures: resaved(example.figures, delimiter) };
      expect(messages(texts)).toEqual([
        `figures.csv:1: figures.csv uses ${words} between columns; save it as comma-separated CSV (in Excel: Save As "CSV UTF-8 (Comma delimited)"; in LibreOffice: Save As "Text CSV" with field delimiter ","). Nothing in it was read.`,
      ]);
    });
  }

  it("recognises a semicolon-separated sources.csv, and does not then call every cited source unknown", () => {
    const example = examplePackage();
    const result = checkPackage({ ...example, sources: resaved(example.sources, ";") });
    expect(result.problems.map(formatProblem)).toEqual([
      `sources.csv:1: sources.csv uses ';' between columns; save it as comma-separated CSV (in Excel: Save As "CSV UTF-8 (Comma delimited)"; in LibreOffice: Save As "Text CSV" with field delimiter ","). Nothing in it was read.`,
    ]);
    expect(result.compiled?.figures).toHaveLength(3);
  });

  it("accepts a byte-order mark at the start of every file, JSON included", () => {
    const example = examplePackage();
    const withBoms = Object.fromEntries(Object.entries(example).map(([key, text]) => [key, `\uFEFF${text}`])) as PackageTexts;
    const result = checkPackage(withBoms);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.compiled).toEqual(checkPackage(example).compiled);
  });

  it("still names a line in a GeoJSON file that starts with a byte-order mark", () => {
    const { texts, line } = editLine(examplePackage(), "places", "[80.3694, 44.1956]", "[200, 44.1956]");
    expect(messages({ ...texts, places: `\uFEFF${texts.places ?? ""}` })).toEqual([
      `geo/places.geojson:${line}: feature "horgos": geometry.coordinates.0: longitude 200 is out of range (−180 to 180)`,
    ]);
  });

  it("warns about an import entered with the reporting region first, saying which way round it probably is", () => {
    const example = examplePackage();
    const figures = `${example.figures}xj-kz-imports-2023-ytd-03,trade_value,2023-01,2023-03,ytd,xinjiang,kazakhstan,import,5.1,bn CNY,,,,T10,,,\n`;
    const result = checkPackage({ ...example, figures });
    expect(result.ok).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual([
      `figures.csv:5: warning: figure "xj-kz-imports-2023-ytd-03": an import's origin is the partner the goods come from, but origin "xinjiang" is the region the figure is about and destination "kazakhstan" is its partner; probably origin and destination are swapped: origin kazakhstan, destination xinjiang`,
    ]);
  });

  it("does not warn about an import entered partner first", () => {
    const example = examplePackage();
    const figures = `${example.figures}kz-xj-imports-2023-ytd-03,trade_value,2023-01,2023-03,ytd,kazakhstan,xinjiang,import,5.1,bn CNY,,,,T10,,,\n`;
    expect(checkPackage({ ...example, figures }).problems.map(formatProblem)).toEqual([]);
  });

  it("reports the figures' own errors, at their lines, when dataset.json is not even JSON", () => {
    const broken = editLine(examplePackage(), "dataset", '"defaultMetric": "trade_value",', '"defaultMetric": "trade_value"');
    const { texts, line } = editLine(broken.texts as Record<PackageFileKey, string>, "figures", ",35.48,bn CNY,", ",35,48,bn CNY,");
    const result = checkPackage(texts);
    expect(result.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      `dataset.json:${broken.line + 1}: invalid JSON (CommaExpected)`,
      `figures.csv:${line}: row has 18 fields but the header has 17; row skipped`,
    ]);
    // What is valid is still compiled, with the metric guessed from the figures.
    expect(result.compiled?.figures.map((f) => f.id)).toEqual(["xj-kz-trade-2023-ytd-03", "xj-ca5-trade-2023-ytd-04"]);
    expect(result.compiled?.dataset.metrics.map((m) => [m.id, m.unit])).toEqual([["trade_value", "CNY"]]);
  });

  it("reports the figures' own errors when dataset.json is JSON but breaks the schema", () => {
    const broken = editLine(examplePackage(), "dataset", '"format": "trade-corridors/1"', '"format": "trade-corridors/9"');
    const { texts, line } = editLine(broken.texts as Record<PackageFileKey, string>, "figures", "2023-01,2023-04,ytd,xinjiang,kazakhstan", "2023-01,2023-04,ytd,xinjiang,kazakstan");
    expect(messages(texts)).toEqual([
      `dataset.json:${broken.line}: format must be "trade-corridors/1"`,
      `figures.csv:${line}: unknown place id "kazakstan" in destination`,
    ]);
  });

  it("names a figure's unknown metric, and the metrics dataset.json has, when dataset.json is fine", () => {
    const { texts, line } = editLine(examplePackage(), "figures", "xj-kz-trade-2023-ytd-04,trade_value,", "xj-kz-trade-2023-ytd-04,trade_volume,");
    expect(messages(texts)).toEqual([
      `figures.csv:${line}: unknown metric "trade_volume" (not in dataset.json, whose metrics are trade_value): correct the id, or add the metric to "metrics" in dataset.json`,
    ]);
  });
});

/** A CSV file as a spreadsheet program set to another separator would save it. */
function resaved(csv: string, delimiter: string): string {
  return stringify(parse(csv) as string[][], { delimiter });
}

import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { FIGURE_COLUMNS } from "../schemas/figures";
import { SOURCE_COLUMNS } from "../schemas/sources";
import type { PackageTexts } from "../package-files";

/**
 * Random valid data packages, for property tests only: a few reporting places and partner countries,
 * sources, and series of year-to-date, month, year and other-period figures, with notes and names
 * that contain commas, quotes, line breaks, markup and other scripts. Every package passes the check
 * without errors (warnings, such as conflicts or negative months, may occur: the values are random).
 */

export type FigureCells = Record<(typeof FIGURE_COLUMNS)[number], string>;
export type SourceCells = Record<(typeof SOURCE_COLUMNS)[number], string>;

export interface GeneratedPackage {
  dataset: Record<string, unknown>;
  sources: SourceCells[];
  figures: FigureCells[];
  places: Record<string, unknown>[];
  routes: Record<string, unknown>[];
}

/** Text as an editor might type it: trimmed, never empty, with the characters that break naive CSV and HTML. */
export const textArb: fc.Arbitrary<string> = fc
  .string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
      fc.constantFrom(",", ";", '"', "'", "<", ">", "&", "\n", " ", "\t", "é", "新", "疆", "—", "ß", "Қ"),
    ),
    minLength: 1,
    maxLength: 24,
  })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const REPORTING_KINDS = ["port", "region", "city"] as const;
const PARTNER_COUNTRIES = ["KAZ", "KGZ", "MNG", "RUS", "PAK"] as const;
const METRICS = { trade_value: ["CNY", "M CNY", "bn CNY"], trains: ["trains"] } as const;
type MetricId = keyof typeof METRICS;

const pad = (n: number) => String(n).padStart(2, "0");
const month = (year: number, m: number) => `${year}-${pad(m)}`;

/** A published number: up to three decimals, as text the way the CSV holds it. */
const valueArb = fc
  .record({ units: fc.integer({ min: 0, max: 2_000_000 }), decimals: fc.integer({ min: 0, max: 3 }) })
  .map(({ units, decimals }) => (units / 10 ** decimals).toFixed(decimals));

const extrasArb = fc.record({
  value: valueArb,
  unit: fc.nat(),
  qualifier: fc.constantFrom("", "", "", ">", "<", "≈"),
  yoy: fc.option(fc.integer({ min: -999, max: 999 }).map((n) => (n / 10).toFixed(1)), { nil: "" }),
  share: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => (n / 10).toFixed(1)), { nil: "" }),
  status: fc.constantFrom("", "", "", "", "forecast"),
  sources: fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 2 }),
  note: fc.option(textArb, { nil: "" }),
  editorNote: fc.option(textArb, { nil: "" }),
});
type Extras = typeof extrasArb extends fc.Arbitrary<infer T> ? T : never;

const seriesArb = fc.record({
  metric: fc.constantFrom<MetricId>("trade_value", "trains"),
  origin: fc.nat(),
  destination: fc.nat(),
  direction: fc.constantFrom("export", "import", "both"),
  subject: fc.option(textArb, { nil: "" }),
  useRoute: fc.boolean(),
  year: fc.integer({ min: 2019, max: 2026 }),
  ytdEnds: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 6 }),
  months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
  period: fc.option(fc.record({ start: fc.integer({ min: 2, max: 11 }), length: fc.integer({ min: 1, max: 10 }) }), { nil: undefined }),
  asOf: fc.option(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }), { nil: undefined }),
  fullYear: fc.boolean(),
  extras: fc.array(extrasArb, { minLength: 24, maxLength: 24 }),
});

const placeArb = fc.record({
  name: textArb,
  nameZh: fc.option(textArb, { nil: undefined }),
  lon: fc.integer({ min: 700000, max: 950000 }).map((n) => n / 10000),
  lat: fc.integer({ min: 350000, max: 500000 }).map((n) => n / 10000),
});

const sourceArb = fc.record({
  outlet: textArb,
  title: textArb,
  date: fc.constantFrom("", "2024", "2024-05", "2024-05-17"),
  url: fc.option(fc.webPath().map((p) => `https://news.example${p.startsWith("/") ? p : `/${p}`}`.replace(/[\s"<>]/g, "")), { nil: "" }),
  note: fc.option(textArb, { nil: "" }),
});

export const packageArb: fc.Arbitrary<GeneratedPackage> = fc
  .record({
    title: textArb,
    description: fc.option(textArb, { nil: undefined }),
    reporting: fc.array(fc.record({ kind: fc.constantFrom(...REPORTING_KINDS), place: placeArb }), { minLength: 1, maxLength: 3 }),
    partners: fc.uniqueArray(fc.constantFrom(...PARTNER_COUNTRIES), { minLength: 1, maxLength: 3 }).chain((countries) =>
      fc.tuple(fc.constant(countries), fc.array(placeArb, { minLength: countries.length, maxLength: countries.length })),
    ),
    sources: fc.array(sourceArb, { minLength: 1, maxLength: 4 }),
    series: fc.array(seriesArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ title, description, reporting, partners: [countries, partnerPlaces], sources, series }) => {
    const sourceIds = sources.map((_, i) => `S${i + 1}`);
    const places: Record<string, unknown>[] = [];
    const point = (p: { lon: number; lat: number }) => ({ type: "Point", coordinates: [p.lon, p.lat] });
    const names = (p: { name: string; nameZh: string | undefined }) => ({ name_en: p.name, ...(p.nameZh ? { name_zh: p.nameZh } : {}) });
    const reportingIds = reporting.map((r, i) => {
      const id = `${r.kind}-${i + 1}`;
      places.push({
        type: "Feature",
        geometry: point(r.place),
        properties: { id, ...names(r.place), kind: r.kind, country: "CHN", ...(r.kind === "port" ? { across: countries[0] } : {}), coord_precision: "exact", coord_source: [sourceIds[0]] },
      });
      return id;
    });
    const partnerIds = countries.map((country, i) => {
      const id = `partner-${country.toLowerCase()}`;
      const p = partnerPlaces[i] ?? { name: country, nameZh: undefined, lon: 70, lat: 45 };
      places.push({ type: "Feature", geometry: point(p), properties: { id, ...names(p), kind: "country", country, coord_precision: "anchor", coord_note: p.name } });
      return id;
    });
    places.push({ type: "Feature", geometry: null, properties: { id: "world", name_en: "World", kind: "group", members: ["*"] } });
    const destinations = [...partnerIds, "world"];
    // A route from the first reporting place to the first partner, for figures that name it.
    const ends = [reporting[0]?.place, partnerPlaces[0]].map((p) => [p?.lon ?? 80, p?.lat ?? 44]);
    const routes = [
      {
        type: "Feature",
        geometry: { type: "LineString", coordinates: ends },
        properties: { id: "route-1", name_en: "Route one", mode: "rail", via: [reportingIds[0], partnerIds[0]], sources: [sourceIds[0]] },
      },
    ];

    const figures: FigureCells[] = [];
    series.forEach((s, si) => {
      const origin = reportingIds[s.origin % reportingIds.length] ?? "world";
      const destination = destinations[s.destination % destinations.length] ?? "world";
      let n = 0;
      const add = (start: string, end: string, basis: string) => {
        const e: Extras | undefined = s.extras[n % s.extras.length];
        n += 1;
        if (!e) return;
        const units = METRICS[s.metric];
        figures.push({
          id: `f${si + 1}-${n}`,
          metric: s.metric,
          period_start: start,
          period_end: end,
          basis,
          origin,
          destination,
          direction: s.direction,
          value: e.value,
          unit: units[e.unit % units.length] ?? units[0],
          qualifier: e.qualifier,
          yoy_pct: e.yoy,
          share_pct: e.share,
          source: [...new Set(e.sources.map((i) => sourceIds[i % sourceIds.length]))].join(";"),
          status: e.status,
          subject: s.subject,
          route: s.useRoute ? "route-1" : "",
          note: e.note,
          editor_note: e.editorNote,
        });
      };
      for (const end of [...s.ytdEnds].sort((a, b) => a - b)) add(month(s.year, 1), month(s.year, end), "ytd");
      for (const m of s.months) add(month(s.year, m), month(s.year, m), "month");
      if (s.period) add(month(s.year, s.period.start), month(s.year, Math.min(12, s.period.start + s.period.length)), "period");
      if (s.asOf) add(month(s.year, 1), `${month(s.year, s.asOf.month)}-${pad(s.asOf.day)}`, "period");
      if (s.fullYear) add(month(s.year, 1), month(s.year, 12), "year");
    });

    const dataset = {
      format: "trade-corridors/1",
      id: "generated",
      title: { en: title },
      ...(description ? { description: { en: description } } : {}),
      defaultMetric: "trade_value",
      metrics: [
        { id: "trade_value", label: { en: "Trade value" }, unit: "CNY" },
        { id: "trains", label: { en: "Trains" }, unit: "trains", mode: "rail" },
      ],
    };
    const sourceRows: SourceCells[] = sources.map((s, i) => ({ id: sourceIds[i] ?? `S${i + 1}`, outlet: s.outlet, title: s.title, date: s.date, url: s.url, note: s.note, editor_note: "" }));
    return { dataset, sources: sourceRows, figures, places, routes };
  });

export interface CsvForm {
  /** Column order; by default the order of the format's column list */
  columns?: readonly string[];
  /** Quote every field, as some spreadsheet programs do */
  quoted?: boolean;
  /** Windows line ends */
  crlf?: boolean;
}

/** Rows as CSV text, in the given form. */
export function toCsv(rows: readonly Record<string, string>[], columns: readonly string[], form: CsvForm = {}): string {
  const order = form.columns ?? columns;
  return stringify([order as string[], ...rows.map((row) => order.map((c) => row[c] ?? ""))], {
    quoted: form.quoted ?? false,
    // Cells with a line break are quoted, as spreadsheet programs write them.
    quoted_match: /[\r\n]/,
    record_delimiter: form.crlf ? "windows" : "unix",
  });
}

export function generatedTexts(pkg: GeneratedPackage, form: CsvForm = {}): PackageTexts {
  const collection = (features: readonly Record<string, unknown>[]) => JSON.stringify({ type: "FeatureCollection", features }, null, 2);
  return {
    dataset: JSON.stringify(pkg.dataset, null, 2),
    sources: toCsv(pkg.sources, SOURCE_COLUMNS),
    figures: toCsv(pkg.figures, FIGURE_COLUMNS, form),
    places: collection(pkg.places),
    routes: collection(pkg.routes),
  };
}

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../scripts/read-package-dir";
import { checkPackage } from "./check-package";
import { monthIndex } from "./month";

/**
 * Every figure of the five seed articles, written out here because a user's clone has no copy of
 * the articles. Each must be in the bundled package, at the right period and value, citing its seed.
 */
interface SeedFigure {
  seed: string;
  what: string;
  metric: string;
  origin: string;
  destination: string;
  start: string;
  end: string;
  value: number;
  unit: string;
  qualifier?: ">" | "≈";
  yoyPct?: number;
  sharePct?: number;
  forecast?: boolean;
}

const SEED_FIGURES: SeedFigure[] = [
  { seed: "S000", what: "Cathay Prosperity trade in 2022", metric: "trade_value", origin: "kashgar", destination: "world", start: "2022-01", end: "2022-12", value: 280, unit: "M CNY" },
  { seed: "S000", what: "Cathay Prosperity expected trade in 2023", metric: "trade_value", origin: "kashgar", destination: "world", start: "2023-01", end: "2023-12", value: 1, unit: "bn CNY", forecast: true },
  { seed: "S000", what: "Hongyu Hengtong cars exported Jan–Oct 2023", metric: "vehicle_exports", origin: "kashgar", destination: "bishkek", start: "2023-01", end: "2023-10", value: 1500, unit: "vehicles", qualifier: "≈" },
  { seed: "S000", what: "Hongyu Hengtong turnover Jan–Oct 2023", metric: "trade_value_usd", origin: "kashgar", destination: "bishkek", start: "2023-01", end: "2023-10", value: 30, unit: "M USD" },
  { seed: "S001", what: "coal imported from Kyrgyzstan in 2023", metric: "cargo", origin: "kyrgyzstan", destination: "kashgar", start: "2023-01", end: "2023-12", value: 4300, unit: "t", qualifier: ">" },
  { seed: "S001", what: "coal imported in January 2024 (origin not stated)", metric: "cargo", origin: "world", destination: "kashgar", start: "2024-01", end: "2024-01", value: 4000, unit: "t", qualifier: ">" },
  { seed: "S001", what: "new business entities in the FTZ's first two months", metric: "new_firms", origin: "xinjiang", destination: "world", start: "2023-11", end: "2024-01", value: 2000, unit: "entities", qualifier: ">" },
  { seed: "S001", what: "vehicles exported by Lyu Sheng's company in 2023", metric: "vehicle_exports", origin: "kashgar", destination: "central-asia-and-russia", start: "2023-01", end: "2023-12", value: 3000, unit: "vehicles", qualifier: ">" },
  { seed: "S001", what: "vehicles the company expects to export in 2024", metric: "vehicle_exports", origin: "kashgar", destination: "central-asia-and-russia", start: "2024-01", end: "2024-12", value: 10000, unit: "vehicles", qualifier: ">", forecast: true },
  { seed: "S001", what: "Kashgar prefecture trade 2023", metric: "trade_value", origin: "kashgar-prefecture", destination: "world", start: "2023-01", end: "2023-12", value: 83.68, unit: "bn CNY", yoyPct: 71.2, sharePct: 23.4 },
  { seed: "S001", what: "Kashgar prefecture trade 2023 in dollars", metric: "trade_value_usd", origin: "kashgar-prefecture", destination: "world", start: "2023-01", end: "2023-12", value: 11.78, unit: "bn USD", qualifier: "≈" },
  { seed: "S002", what: "Xinjiang trade Jan–Aug 2024", metric: "trade_value", origin: "xinjiang", destination: "world", start: "2024-01", end: "2024-08", value: 285.32, unit: "bn CNY", yoyPct: 30.9 },
  { seed: "S002", what: "Xinjiang trade Jan–Aug 2024 in dollars", metric: "trade_value_usd", origin: "xinjiang", destination: "world", start: "2024-01", end: "2024-08", value: 40.55, unit: "bn USD", qualifier: "≈" },
  { seed: "S003", what: "Xinjiang–Central Asia trade Jan–Apr 2023", metric: "trade_value", origin: "xinjiang", destination: "central-asia-5", start: "2023-01", end: "2023-04", value: 75.11, unit: "bn CNY", yoyPct: 92.2, sharePct: 43.4 },
  { seed: "S003", what: "Xinjiang–Central Asia trade Jan–Apr 2023 in dollars", metric: "trade_value_usd", origin: "xinjiang", destination: "central-asia-5", start: "2023-01", end: "2023-04", value: 10.7, unit: "bn USD", qualifier: "≈" },
  { seed: "S003", what: "Xinjiang–Kazakhstan trade Jan–Apr 2023", metric: "trade_value", origin: "xinjiang", destination: "kazakhstan", start: "2023-01", end: "2023-04", value: 35.48, unit: "bn CNY", yoyPct: 121.7 },
  { seed: "S004", what: "commercial vehicles exported at Horgos since the start of 2023", metric: "vehicle_exports", origin: "horgos", destination: "world", start: "2023-01", end: "2023-06-26", value: 35000, unit: "vehicles", qualifier: ">" },
  { seed: "S004", what: "Uzbekistan's electric-vehicle imports in 2022", metric: "ev_imports", origin: "world", destination: "uzbekistan", start: "2022-01", end: "2022-12", value: 2180, unit: "vehicles" },
  { seed: "S004", what: "of which from China", metric: "ev_imports", origin: "china", destination: "uzbekistan", start: "2022-01", end: "2022-12", value: 1941, unit: "vehicles" },
  { seed: "S004", what: "Uzbekistan's electric-vehicle imports Jan–Apr 2023", metric: "ev_imports", origin: "world", destination: "uzbekistan", start: "2023-01", end: "2023-04", value: 2544, unit: "vehicles" },
  { seed: "S004", what: "of which from China", metric: "ev_imports", origin: "china", destination: "uzbekistan", start: "2023-01", end: "2023-04", value: 2480, unit: "vehicles" },
  { seed: "S004", what: "Xinjiang trade Jan–May 2023", metric: "trade_value", origin: "xinjiang", destination: "world", start: "2023-01", end: "2023-05", value: 125.06, unit: "bn CNY" },
  { seed: "S004", what: "Xinjiang–Central Asia trade Jan–May 2023", metric: "trade_value", origin: "xinjiang", destination: "central-asia-5", start: "2023-01", end: "2023-05", value: 100.13, unit: "bn CNY", yoyPct: 99.9, sharePct: 80.1 },
  { seed: "S004", what: "vehicles exported through Baktu Jan–Apr 2023", metric: "vehicle_exports", origin: "baktu", destination: "world", start: "2023-01", end: "2023-04", value: 9653, unit: "vehicles" },
  { seed: "S004", what: "Shaanxi Auto Xinjiang orders", metric: "vehicle_output", origin: "xinjiang", destination: "world", start: "2023-06-26", end: "2023-06-26", value: 3446, unit: "vehicles" },
  { seed: "S004", what: "Shaanxi Auto Xinjiang vehicles built", metric: "vehicle_output", origin: "xinjiang", destination: "world", start: "2023-06-26", end: "2023-06-26", value: 2900, unit: "vehicles", qualifier: ">" },
  { seed: "S004", what: "Chery, Changan and Great Wall investment with Astana Automobile, 2022", metric: "investment_usd", origin: "china", destination: "kazakhstan", start: "2022-01", end: "2022-12", value: 1.55, unit: "bn USD" },
];

const result = checkPackage(readPackageDir(join(__dirname, "../../data")));
const compiled = result.compiled;
const month = (text: string) => {
  const [y, m] = text.split("-").map(Number);
  return monthIndex(y ?? 0, m ?? 1);
};

describe("the bundled package", () => {
  it("passes data:check without errors", () => {
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it.each(SEED_FIGURES)("holds $seed: $what ($value $unit)", (seed) => {
    const matches = (compiled?.figures ?? []).filter(
      (f) =>
        f.metric === seed.metric &&
        f.origin === seed.origin &&
        f.destination === seed.destination &&
        f.start === month(seed.start) &&
        f.end === month(seed.end) &&
        f.value === seed.value &&
        f.unit === seed.unit,
    );
    expect(matches, "no figure with this metric, places, period, value and unit").toHaveLength(1);
    const [figure] = matches;
    expect(figure?.sources).toContain(seed.seed);
    expect(figure?.bound).toBe(seed.qualifier === ">" ? ">" : null);
    expect(figure?.approx).toBe(seed.qualifier === "≈");
    if (seed.yoyPct !== undefined) expect(figure?.yoyPct).toBe(seed.yoyPct);
    if (seed.sharePct !== undefined) expect(figure?.sharePct).toBe(seed.sharePct);
    expect(figure?.status).toBe(seed.forecast ? "forecast" : "outcome");
  });

  it("derives May 2023 from the seed's Jan–May total and the Jan–Apr total", () => {
    const series = compiled?.series.find((s) => s.metric === "trade_value" && s.origin === "xinjiang" && s.destination === "world" && !s.subject);
    const may = series?.values.find((v) => v.month === monthIndex(2023, 5));
    expect(may?.method).toBe("derived");
    expect(may?.value).toBeCloseTo((125.06 - 94.95) * 1e9, -4);
  });

  it("flags December 2023 as inconsistent with the Jan–Nov and full-year totals, keeping the reported value", () => {
    const check = compiled?.checks.find((c) => c.span[0] === monthIndex(2023, 12) && c.seriesKey.startsWith("trade_value|xinjiang|world|both|"));
    expect(check?.ok).toBe(false);
    expect(check?.reported).toBeCloseTo(37.43e9, -4);
  });
});

import type { Bound } from "../data/qualifier";
import type { BaseUnit } from "../data/units";

const UNIT_WORDS: Readonly<Record<BaseUnit, { one: string; many: string }>> = {
  CNY: { one: "yuan", many: "yuan" },
  USD: { one: "US dollar", many: "US dollars" },
  vehicles: { one: "vehicle", many: "vehicles" },
  trains: { one: "train", many: "trains" },
  t: { one: "tonne", many: "tonnes" },
  passengers: { one: "passenger", many: "passengers" },
  crossings: { one: "crossing", many: "crossings" },
  entities: { one: "business", many: "businesses" },
};

const SCALES: { factor: number; word: string }[] = [
  { factor: 1e9, word: "bn" },
  { factor: 1e6, word: "m" },
];

function significant(value: number, digits: number): string {
  return new Intl.NumberFormat("en", { maximumSignificantDigits: digits }).format(value);
}

/**
 * "37.4 bn yuan", "≈25,300 vehicles", ">20.6 bn yuan". Money is shown in bn/m; counts in full
 * up to a million. Three significant digits: the sources publish no more precision than that for
 * derived and spread months, and we should not suggest it.
 */
export function formatValue(
  value: number,
  unit: BaseUnit,
  qualifier: { bound: Bound; approx: boolean } = { bound: null, approx: false },
  digits = 3,
): string {
  const prefix = qualifier.bound ?? (qualifier.approx ? "≈" : "");
  const words = UNIT_WORDS[unit];
  const money = unit === "CNY" || unit === "USD";
  const scale = SCALES.find((s) => Math.abs(value) >= s.factor && (money || s.factor >= 1e6));
  if (scale) return `${prefix}${significant(value / scale.factor, digits)} ${scale.word} ${words.many}`;
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(significant(value, digits).replace(/,/g, ""));
  return `${prefix}${new Intl.NumberFormat("en").format(rounded)} ${rounded === 1 ? words.one : words.many}`;
}

/** Short form for axes and legends: "40 bn", "25k". */
export function formatCompact(value: number): string {
  return new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 }).format(value);
}

export function formatPercent(pct: number): string {
  return `${pct > 0 ? "+" : ""}${new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(pct)}%`;
}

/** Published units in words: "bn CNY" reads "bn yuan". */
const PUBLISHED_UNIT_WORDS: Readonly<Record<string, string>> = {
  CNY: "yuan",
  "M CNY": "m yuan",
  "bn CNY": "bn yuan",
  USD: "US dollars",
  "M USD": "m US dollars",
  "bn USD": "bn US dollars",
  vehicles: "vehicles",
  "k vehicles": "thousand vehicles",
  trains: "trains",
  t: "tonnes",
  kt: "thousand tonnes",
  Mt: "million tonnes",
  passengers: "passengers",
  "M passengers": "m passengers",
  crossings: "crossings",
  entities: "businesses",
};

/** A figure exactly as published, digits and all: "37.43 bn yuan", ">4,300 tonnes". */
export function formatPublished(value: number, unit: string, qualifier: { bound: Bound; approx: boolean }): string {
  const prefix = qualifier.bound ?? (qualifier.approx ? "≈" : "");
  const number = new Intl.NumberFormat("en", { maximumFractionDigits: 6 }).format(value);
  return `${prefix}${number} ${PUBLISHED_UNIT_WORDS[unit] ?? unit}`;
}

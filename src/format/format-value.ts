import type { Bound } from "../data/qualifier";
import { unitDefinition, type BaseUnit } from "../data/units";

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

const qualifierPrefix = (qualifier: { bound: Bound; approx: boolean }) => qualifier.bound ?? (qualifier.approx ? "≈" : "");

/** Money reads in bn and m; counts are written out in full below a million. */
function scaleFor(value: number, unit: BaseUnit): { factor: number; word: string } | undefined {
  const money = unit === "CNY" || unit === "USD";
  return SCALES.find((s) => Math.abs(value) >= s.factor && (money || s.factor >= 1e6));
}

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
  const prefix = qualifierPrefix(qualifier);
  const words = UNIT_WORDS[unit];
  const scale = scaleFor(value, unit);
  if (scale) return `${prefix}${significant(value / scale.factor, digits)} ${scale.word} ${words.many}`;
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(significant(value, digits).replace(/,/g, ""));
  return `${prefix}${new Intl.NumberFormat("en").format(rounded)} ${rounded === 1 ? words.one : words.many}`;
}

export function formatPercent(pct: number): string {
  return `${pct > 0 ? "+" : ""}${new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(pct)}%`;
}

/**
 * A figure exactly as published, digits and all, in the same words as computed values so that one
 * card never says "m tonnes" and "million tonnes": "37.43 bn yuan", "12.08 m tonnes", ">4,300 tonnes".
 */
export function formatPublished(value: number, unit: string, qualifier: { bound: Bound; approx: boolean }): string {
  const definition = unitDefinition(unit);
  if (!definition) return `${qualifierPrefix(qualifier)}${new Intl.NumberFormat("en", { maximumFractionDigits: 6 }).format(value)} ${unit}`;
  const base = value * definition.factor;
  const scale = scaleFor(base, definition.base);
  const factor = scale?.factor ?? 1;
  // The published digits, re-expressed at the display scale: 0.69 bn is 690 m, never "690.00".
  const decimals = Math.max(0, decimalsOf(value) - Math.round(Math.log10(definition.factor / factor)));
  const number = new Intl.NumberFormat("en", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(base / factor);
  const words = UNIT_WORDS[definition.base];
  const word = scale ? `${scale.word} ${words.many}` : base === 1 ? words.one : words.many;
  return `${qualifierPrefix(qualifier)}${number} ${word}`;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : text.length - dot - 1;
}

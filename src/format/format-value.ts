import type { Bound } from "../data/qualifier";
import { unitDefinition } from "../data/units";
import { currentLanguage, localeOf, t, tOr } from "../i18n/i18n";
import { numberFormat } from "./intl-cache";

export interface Qualifier {
  bound: Bound;
  approx: boolean;
}

export interface FormatOptions {
  qualifier?: Qualifier;
  /** Significant digits; 3 unless a comparison needs more */
  digits?: number;
  /** `long` ("37.4 billion Chinese yuan") for cards and tables; `short` ("CN¥37.4B") for legends and axes */
  style?: "long" | "short";
}

const EXACT: Qualifier = { bound: null, approx: false };
const ISO_4217 = /^[A-Z]{3}$/;

const prefix = (q: Qualifier) => q.bound ?? (q.approx ? "≈" : "");
const locale = () => localeOf(currentLanguage());

/**
 * A value in its metric's base unit, in the reader's language, through Intl: any ISO 4217 currency
 * is written by Intl itself; counts and tonnes get their word from the catalogue, in the right
 * plural. Above a million the number is compact ("12.1 million tonnes", "1210万吨").
 */
export function formatValue(value: number, unit: string, options: FormatOptions = {}): string {
  const digits = options.digits ?? 3;
  const style = options.style ?? "long";
  const q = options.qualifier ?? EXACT;
  const big = Math.abs(value) >= 1e6;
  const compact = big ? ({ notation: "compact", compactDisplay: style, maximumSignificantDigits: digits } as const) : undefined;
  if (ISO_4217.test(unit)) {
    const money = numberFormat(locale(), {
      style: "currency",
      currency: unit,
      currencyDisplay: style === "short" ? "symbol" : "name",
      ...(compact ?? { maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(Math.abs(value) + 1))) }),
    });
    return `${prefix(q)}${money.format(value)}`;
  }
  const rounded = big ? value : Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(digits));
  const number = numberFormat(locale(), compact ?? { maximumFractionDigits: 6 }).format(rounded);
  return `${prefix(q)}${withUnitWord(number, unit, big ? undefined : rounded)}`;
}

/**
 * "1,200 tonnes": the unit's word in the plural the number takes. After a scale word ("million") a
 * count reads as many (Russian: миллиона тонн), which `count` undefined stands for.
 */
function withUnitWord(number: string, unit: string, count: number | undefined): string {
  const word = tOr(`unit.${unit}`, unit, { count: count ?? 5 });
  return t("unit.format", { number, unit: word });
}

function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace(".", "").replace(/^0+/, "").replace(/e.*$/, "");
  return Math.max(1, digits.length);
}

/**
 * A figure exactly as published, with the digits its source printed, in the same words as computed
 * values: "37.43 billion Chinese yuan", "12.1 million tonnes", ">4,300 tonnes", never a mix of
 * "m tonnes" and "million tonnes" in one card.
 */
export function formatPublished(value: number, unit: string, qualifier: Qualifier, style: FormatOptions["style"] = "long"): string {
  const definition = unitDefinition(unit);
  if (!definition) return `${prefix(qualifier)}${numberFormat(locale(), { maximumFractionDigits: 6 }).format(value)} ${unit}`;
  return formatValue(value * definition.factor, definition.base, { qualifier, digits: significantDigits(value), style });
}

export function formatPercent(pct: number): string {
  return `${pct > 0 ? "+" : ""}${numberFormat(locale(), { maximumFractionDigits: 2 }).format(pct)}%`;
}

/** A plain number in the reader's language: areas, lengths, counts in sentences. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return numberFormat(locale(), { maximumFractionDigits }).format(value);
}

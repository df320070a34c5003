/**
 * Units. A metric is measured in a base unit: an ISO 4217 currency code (any of them: `CNY`, `USD`,
 * `MNT`…), tonnes (`t`), `TEU`, one of the built-in counts, or a count the package declares in
 * dataset.json `units`. A figure may be published in that base unit or in a multiple of it:
 * `k`, `M` or `bn` before the base (`bn CNY`, `k vehicles`, `M passengers`), or `kt` and `Mt` for tonnes.
 * Currencies are never converted into each other.
 */
export type BaseUnit = string;

export interface UnitDefinition {
  base: BaseUnit;
  factor: number;
}

export const BUILT_IN_COUNTS = ["vehicles", "trains", "passengers", "crossings", "entities", "containers", "flights"] as const;
export const BUILT_IN_UNITS: readonly string[] = ["t", "TEU", ...BUILT_IN_COUNTS];

const SCALE: Readonly<Record<string, number>> = { k: 1e3, M: 1e6, bn: 1e9 };
const TONNES: Readonly<Record<string, number>> = { t: 1, kt: 1e3, Mt: 1e6 };
const ISO_4217 = /^[A-Z]{3}$/;
const COUNT_ID = /^[a-z][a-z0-9_-]*$/;

/** Codes Intl knows; where the runtime cannot list them, any three capitals pass. */
const CURRENCIES: ReadonlySet<string> | null = (() => {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf ? new Set(intl.supportedValuesOf("currency")) : null;
  } catch {
    return null;
  }
})();

export function isCurrency(unit: string): boolean {
  return ISO_4217.test(unit) && (CURRENCIES === null || CURRENCIES.has(unit));
}

/** Whether a base unit can measure a metric: a currency, tonnes, TEU, a built-in count or one the package declares. */
export function isBaseUnit(unit: string, declared: readonly string[] = []): boolean {
  return isCurrency(unit) || BUILT_IN_UNITS.includes(unit) || declared.includes(unit);
}

/**
 * How a published unit maps onto its base: "bn CNY" is 10⁹ CNY, "Mt" 10⁶ t, "k vehicles" 10³
 * vehicles. Reads the form only; whether the base suits the metric is checked against dataset.json.
 */
export function unitDefinition(unit: string): UnitDefinition | undefined {
  const text = unit.trim();
  if (TONNES[text] !== undefined) return { base: "t", factor: TONNES[text] };
  const scaled = /^(k|M|bn) (.+)$/.exec(text);
  const [scale, base] = scaled ? [SCALE[scaled[1] ?? ""] ?? 1, scaled[2] ?? ""] : [1, text];
  if (ISO_4217.test(base) || base === "TEU" || COUNT_ID.test(base)) return { base, factor: scale };
  return undefined;
}

export const UNIT_FORMS_HELP = 'a currency code (CNY, USD…), t, kt, Mt, TEU, or a count such as vehicles, each optionally after k, M or bn ("bn CNY", "k vehicles")';

/** A published unit and how it maps onto the base unit its metric is measured in. */
export interface UnitDefinition {
  base: BaseUnit;
  factor: number;
}

export const BASE_UNITS = ["CNY", "USD", "vehicles", "trains", "t", "passengers", "crossings", "entities"] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

/** Every unit a figures.csv row may use. Currencies are never converted into each other. */
export const UNITS: Readonly<Record<string, UnitDefinition>> = {
  CNY: { base: "CNY", factor: 1 },
  "M CNY": { base: "CNY", factor: 1e6 },
  "bn CNY": { base: "CNY", factor: 1e9 },
  USD: { base: "USD", factor: 1 },
  "M USD": { base: "USD", factor: 1e6 },
  "bn USD": { base: "USD", factor: 1e9 },
  vehicles: { base: "vehicles", factor: 1 },
  "k vehicles": { base: "vehicles", factor: 1e3 },
  trains: { base: "trains", factor: 1 },
  t: { base: "t", factor: 1 },
  kt: { base: "t", factor: 1e3 },
  Mt: { base: "t", factor: 1e6 },
  passengers: { base: "passengers", factor: 1 },
  "M passengers": { base: "passengers", factor: 1e6 },
  crossings: { base: "crossings", factor: 1 },
  entities: { base: "entities", factor: 1 },
};

export function unitDefinition(unit: string): UnitDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit] : undefined;
}

/**
 * Arithmetic on published figures that may be bounds ("more than 240") or approximations ("about 52").
 * A bound survives subtraction only when the result stays a bound: (>240) − 219.4 is >20.6, but
 * (>240) − (>219) could be anything, so it gives no value.
 */
export type Bound = ">" | "<" | null;

export interface QualifiedValue {
  value: number;
  bound: Bound;
  approx: boolean;
}

function flip(bound: Bound): Bound {
  if (bound === ">") return "<";
  if (bound === "<") return ">";
  return null;
}

function combineBounds(a: Bound, b: Bound): Bound | "indeterminate" {
  if (a === null) return b;
  if (b === null) return a;
  return a === b ? a : "indeterminate";
}

export function subtract(a: QualifiedValue, b: QualifiedValue): QualifiedValue | undefined {
  const bound = combineBounds(a.bound, flip(b.bound));
  if (bound === "indeterminate") return undefined;
  return { value: a.value - b.value, bound, approx: a.approx || b.approx };
}

export function add(a: QualifiedValue, b: QualifiedValue): QualifiedValue | undefined {
  const bound = combineBounds(a.bound, b.bound);
  if (bound === "indeterminate") return undefined;
  return { value: a.value + b.value, bound, approx: a.approx || b.approx };
}

export function divide(a: QualifiedValue, divisor: number): QualifiedValue {
  return { value: a.value / divisor, bound: a.bound, approx: a.approx };
}

export const EXACT_ZERO: QualifiedValue = { value: 0, bound: null, approx: false };

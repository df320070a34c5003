import type { MonthlyMethod } from "../model";

/** Compact codes for per-month typed arrays; 0 is a gap (nothing published covers the month). */
export const METHOD_CODE = { gap: 0, reported: 1, derived: 2, spread: 3 } as const;
export type MethodCode = (typeof METHOD_CODE)[keyof typeof METHOD_CODE];

export function methodCode(method: MonthlyMethod): MethodCode {
  return METHOD_CODE[method];
}

import type { MonthlyValue } from "../model";

/**
 * Compact codes for per-month typed arrays. 0 is a gap (nothing published covers the month);
 * `negative` marks a month the published totals make negative: it has a value of sorts, is flagged,
 * and is never drawn (its value slot is NaN).
 */
export const METHOD_CODE = { gap: 0, reported: 1, derived: 2, spread: 3, negative: 4 } as const;
export type MethodCode = (typeof METHOD_CODE)[keyof typeof METHOD_CODE];

export function methodCode(cell: Pick<MonthlyValue, "method" | "negative">): MethodCode {
  return cell.negative ? METHOD_CODE.negative : METHOD_CODE[cell.method];
}

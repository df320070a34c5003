import type { MonthlyValue } from "../model";
import type { MonthIndex } from "../month";

/** A monthly value as a test would write it; only for tests (real ones come from the normalizer). */
export function cell(month: MonthIndex, value: number, method: MonthlyValue["method"] = "reported", extra: Partial<MonthlyValue> = {}): MonthlyValue {
  return {
    month,
    value,
    bound: null,
    approx: false,
    method,
    span: [month, month],
    figureIds: [],
    recipe: { plus: [], minus: [], divisor: 1 },
    conflict: false,
    alternatives: [],
    ...extra,
  };
}

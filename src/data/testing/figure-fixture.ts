import type { Figure } from "../model";
import { parsePeriodPoint } from "../month";
import { unitDefinition } from "../units";

/**
 * A figure as a test would write it: figure("2023-01", "2023-05", 125.06) is a Jan–May total in bn CNY.
 * Only for tests; real figures come through the CSV parser.
 */
export function figure(start: string, end: string, value: number, extra: Partial<Figure> = {}): Figure {
  const s = parsePeriodPoint(start);
  const e = parsePeriodPoint(end);
  if (!s || !e) throw new Error(`bad period ${start}..${end}`);
  const unit = extra.unit ?? "bn CNY";
  const text = String(value);
  const dot = text.indexOf(".");
  return {
    id: extra.id ?? `f-${start}-${end}-${value}`,
    line: 0,
    metric: "trade_value",
    start: s.month,
    end: e.month,
    ...(e.day !== undefined ? { endDay: e.day } : {}),
    basis: s.month === e.month ? "month" : "ytd",
    origin: "xinjiang",
    destination: "world",
    direction: "both",
    value,
    unit,
    baseValue: value * (unitDefinition(unit)?.factor ?? 1),
    decimals: dot < 0 ? 0 : text.length - dot - 1,
    bound: null,
    approx: false,
    sources: ["S1"],
    routes: [],
    status: "outcome",
    ...extra,
  };
}

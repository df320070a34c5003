import type { Figure, MonthlyValue } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { formatMonthSpan } from "../../format/format-month";
import type { Lookups } from "./lookups";

/** Where a monthly value came from, in parts a sentence can be built from: exactly its recipe. */
export interface Provenance {
  method: MonthlyValue["method"];
  /** The published totals added (usually one) */
  plus: Figure[];
  /** The published totals and reported months subtracted from them */
  minus: Figure[];
  /** How many months share the remainder evenly (1 unless spread) */
  divisor: number;
  /** The months sharing it: [first, last] */
  sharedBy: [MonthIndex, MonthIndex];
  /** Published year-on-year change of the first figure that has one */
  yoy?: { pct: number; period: string };
  share?: { pct: number; period: string; note?: string };
}

export function figurePeriod(figure: Figure): string {
  return formatMonthSpan(figure.start, figure.end);
}

export function provenanceOf(cell: MonthlyValue, l: Lookups): Provenance {
  const resolve = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const figure = l.figures.get(id);
      return figure ? [figure] : [];
    });
  const figures = resolve(cell.figureIds);
  const withYoy = figures.find((f) => f.yoyPct !== undefined);
  const withShare = figures.find((f) => f.sharePct !== undefined);
  return {
    method: cell.method,
    plus: resolve(cell.recipe.plus),
    minus: resolve(cell.recipe.minus),
    divisor: cell.recipe.divisor,
    sharedBy: cell.span,
    ...(withYoy?.yoyPct !== undefined ? { yoy: { pct: withYoy.yoyPct, period: figurePeriod(withYoy) } } : {}),
    ...(withShare?.sharePct !== undefined
      ? { share: { pct: withShare.sharePct, period: figurePeriod(withShare), ...(withShare.note ? { note: withShare.note } : {}) } }
      : {}),
  };
}

/**
 * The arithmetic in words, from the recipe itself so that text and number can never disagree:
 * "Jan–May 2025 minus May 2025, shared evenly by Jan–Apr 2025 (÷ 4)".
 */
export function describeRecipe(p: Provenance, words: { minus: string; sharedBy: (months: string, divisor: number) => string }): string {
  const periods = [p.plus.map(figurePeriod).join(" + "), ...p.minus.map(figurePeriod)].filter((text) => text.length > 0);
  const arithmetic = periods.join(` ${words.minus} `);
  return p.divisor > 1 ? `${arithmetic}, ${words.sharedBy(formatMonthSpan(p.sharedBy[0], p.sharedBy[1]), p.divisor)}` : arithmetic;
}

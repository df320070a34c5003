import type { Figure } from "../model";
import { januaryOf, monthRange } from "../month";
import { divide } from "../qualifier";
import { candidatesOf, groupBy, primary, representative } from "./candidates";
import { noteConflict, type SeriesContext } from "./context";

/** Figures for exactly one month (or a level read at the end of a month) become that month, as reported. */
export function placeReportedMonths(figures: readonly Figure[], ctx: SeriesContext, monthOf: (f: Figure) => number = (f) => f.start): void {
  for (const [month, group] of groupBy(figures, monthOf)) {
    const candidates = candidatesOf(group);
    noteConflict(ctx, month, month, candidates);
    const main = primary(candidates);
    ctx.cells.set(month, {
      month,
      ...main.q,
      method: "reported",
      span: [month, month],
      figureIds: main.figureIds,
      recipe: { plus: representative(main), minus: [], divisor: 1 },
      conflict: candidates.length > 1,
      alternatives: candidates.slice(1).map((c) => ({ ...c.q, figureIds: c.figureIds, recipe: { plus: representative(c), minus: [], divisor: 1 } })),
    });
  }
}

/** Periods that neither start in January nor cover a single month: spread when nothing else covers them. */
export function placeOtherPeriods(figures: readonly Figure[], ctx: SeriesContext): void {
  const others = figures.filter((f) => f.start !== januaryOf(f.start) && f.end > f.start);
  for (const group of groupBy(others, (f) => `${f.start}-${f.end}`).values()) {
    const sample = group[0];
    if (!sample) continue;
    const months = monthRange(sample.start, sample.end);
    if (months.some((m) => ctx.cells.has(m))) {
      ctx.unplaced.push(...group.map((f) => ({ figureId: f.id, reason: "its period overlaps months already covered by other figures" })));
      continue;
    }
    const candidates = candidatesOf(group);
    noteConflict(ctx, sample.start, sample.end, candidates);
    const main = primary(candidates);
    const perMonth = divide(main.q, months.length);
    for (const month of months) {
      ctx.cells.set(month, {
        month,
        ...perMonth,
        method: "spread",
        span: [sample.start, sample.end],
        figureIds: main.figureIds,
        recipe: { plus: representative(main), minus: [], divisor: months.length },
        conflict: candidates.length > 1,
        alternatives: candidates
          .slice(1)
          .map((c) => ({ ...divide(c.q, months.length), figureIds: c.figureIds, recipe: { plus: representative(c), minus: [], divisor: months.length } })),
      });
    }
  }
}

import type { Figure, MonthlyAlternative, MonthlyValue } from "../model";
import { januaryOf, monthRange, type MonthIndex } from "../month";
import { EXACT_ZERO, add, divide, subtract, type QualifiedValue } from "../qualifier";
import { candidatesOf, groupBy, primary, representative, ZERO_TOTAL, type Candidate } from "./candidates";
import { formatInUnit, formatMonths, noteConflict, type SeriesContext } from "./context";

/** The remainder of a cumulative step once its reported months are taken out, or undefined for a gap. */
function remainderOf(total: QualifiedValue | undefined, reported: readonly MonthlyValue[]): QualifiedValue | undefined {
  let rest = total;
  for (const cell of reported) rest = rest && subtract(rest, cell);
  return rest;
}

interface Step {
  segment: MonthIndex[];
  missing: MonthIndex[];
  reported: MonthlyValue[];
  previous: readonly Candidate[];
  current: readonly Candidate[];
}

/**
 * Walks the year-to-date totals of one year in order. Each step covers the months since the previous
 * total: months reported on their own are kept and compared with the step, the others get the
 * step's remainder (derived for one month, spread evenly over several).
 */
export function placeCumulativeTotals(figures: readonly Figure[], ctx: SeriesContext): void {
  const cumulative = figures.filter((f) => f.start === januaryOf(f.start));
  const byEnd = [...groupBy(cumulative, (f) => f.end)].sort(([a], [b]) => a - b);
  let previous = { end: cumulative[0] ? januaryOf(cumulative[0].start) - 1 : 0, candidates: ZERO_TOTAL };
  for (const [end, group] of byEnd) {
    const current = { end, candidates: candidatesOf(group) };
    noteConflict(ctx, januaryOf(end), end, current.candidates);
    const segment = monthRange(previous.end + 1, end);
    const reported = segment.flatMap((m) => {
      const cell = ctx.cells.get(m);
      return cell && cell.method === "reported" ? [cell] : [];
    });
    const step: Step = { segment, missing: segment.filter((m) => !ctx.cells.has(m)), reported, previous: previous.candidates, current: current.candidates };
    if (step.missing.length === 0) checkReportedAgainstStep(ctx, step);
    else fillMissing(ctx, step);
    previous = current;
  }
}

function checkReportedAgainstStep(ctx: SeriesContext, { segment, reported, previous, current }: Step): void {
  const step = subtract(primary(current).q, primary(previous).q);
  const stepIds = [...primary(current).figureIds, ...primary(previous).figureIds];
  const reportedIds = reported.flatMap((c) => c.figureIds);
  const sameFigures = stepIds.length === reportedIds.length && stepIds.every((id) => reportedIds.includes(id));
  if (sameFigures || !step || step.bound || step.approx) return;
  const sum = reported.reduce<QualifiedValue | undefined>((acc, cell) => acc && add(acc, cell), EXACT_ZERO);
  if (!sum || sum.bound || sum.approx) return;
  const first = segment[0] ?? 0;
  const last = segment[segment.length - 1] ?? first;
  const tolerance =
    primary(current).tolerance + primary(previous).tolerance + reported.reduce((acc, cell) => acc + (ctx.rounding.get(cell.figureIds[0] ?? "") ?? 0), 0);
  const unit = primary(current).unit;
  const ok = Math.abs(sum.value - step.value) <= tolerance + 1e-9 * Math.abs(step.value);
  const months = formatMonths(first, last);
  ctx.checks.push({
    kind: "totals",
    seriesKey: ctx.key,
    span: [first, last],
    reported: sum.value,
    derived: step.value,
    tolerance,
    ok,
    figureIds: [...reportedIds, ...stepIds],
    message: ok
      ? `${months}: the reported ${formatInUnit(sum.value, unit)} agrees with the cumulative totals (${formatInUnit(step.value, unit)})`
      : `${months}: reported ${formatInUnit(sum.value, unit)} but the cumulative totals give ${formatInUnit(step.value, unit)} (${stepIds.join(" − ")}); both are kept`,
  });
}

function fillMissing(ctx: SeriesContext, { segment, missing, reported, previous, current }: Step): void {
  const main = primary(current);
  const before = primary(previous);
  const remainder = remainderOf(subtract(main.q, before.q), reported);
  if (!remainder) {
    ctx.unplaced.push(
      ...main.figureIds.map((figureId) => ({
        figureId,
        reason: "its difference with the previous total is undetermined (both are bounds in the same direction); the months between are a gap",
      })),
    );
    return;
  }
  const startsYear = before.figureIds.length === 0;
  const method = missing.length > 1 ? "spread" : segment.length === 1 && startsYear ? "reported" : "derived";
  const reportedIds = reported.flatMap((c) => c.recipe.plus);
  const recipeOf = (minuend: Candidate, subtrahend: Candidate) => ({
    plus: representative(minuend),
    minus: [...representative(subtrahend), ...reportedIds],
    divisor: missing.length,
  });
  const perMonth = divide(remainder, missing.length);
  const alternatives: MonthlyAlternative[] = [];
  const alternativePairs: [Candidate, Candidate][] = [
    ...current.slice(1).map((c): [Candidate, Candidate] => [c, before]),
    ...previous.slice(1).map((c): [Candidate, Candidate] => [main, c]),
  ];
  for (const [minuend, subtrahend] of alternativePairs) {
    const rest = remainderOf(subtract(minuend.q, subtrahend.q), reported);
    if (rest) alternatives.push({ ...divide(rest, missing.length), figureIds: [...minuend.figureIds, ...subtrahend.figureIds], recipe: recipeOf(minuend, subtrahend) });
  }
  const figureIds = [...main.figureIds, ...before.figureIds, ...reported.flatMap((c) => c.figureIds)];
  const conflict = current.length > 1 || previous.length > 1 || reported.some((c) => c.conflict);
  const first = missing[0] ?? 0;
  const last = missing[missing.length - 1] ?? first;
  const negative = perMonth.value < 0;
  for (const month of missing) {
    ctx.cells.set(month, {
      month,
      ...perMonth,
      method,
      span: method === "spread" ? [first, last] : [month, month],
      figureIds,
      recipe: recipeOf(main, before),
      conflict,
      alternatives,
      ...(negative ? { negative: true } : {}),
    });
  }
  if (negative) {
    const unit = main.unit;
    const shown = `${perMonth.bound ?? ""}${formatInUnit(remainder.value, unit)}`;
    ctx.checks.push({
      kind: "negative",
      seriesKey: ctx.key,
      span: [first, last],
      reported: remainder.value,
      derived: remainder.value,
      tolerance: 0,
      ok: false,
      figureIds,
      message: `${formatMonths(first, last)}: the cumulative totals give a negative ${shown} (${[...representative(main), ...representative(before), ...reportedIds].join(" − ")}); the published totals disagree, so nothing is drawn for ${missing.length > 1 ? "these months" : "this month"}`,
    });
  }
}

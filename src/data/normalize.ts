import type { ConsistencyCheck, Figure, MonthlyAlternative, MonthlyValue, Series, SeriesKey } from "./model";
import { formatMonth, januaryOf, monthRange, yearOf, type MonthIndex } from "./month";
import { EXACT_ZERO, add, divide, subtract, type QualifiedValue } from "./qualifier";
import { seriesKeyOf } from "./series-key";
import { unitDefinition, type BaseUnit } from "./units";

/** One distinct published value for a period; several figures with the same value corroborate each other. */
interface Candidate {
  q: QualifiedValue;
  figureIds: string[];
  /** Half a unit of the last published digit, in base units. */
  tolerance: number;
  unit: string;
}

function publishedRounding(figure: Figure): number {
  const factor = unitDefinition(figure.unit)?.factor ?? 1;
  return 0.5 * 10 ** -figure.decimals * factor;
}

/** Groups figures of one period into distinct values; more than one candidate is a conflict. */
function candidatesOf(figures: readonly Figure[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const f of figures) {
    const same = candidates.find((c) => c.q.value === f.baseValue && c.q.bound === f.bound && c.q.approx === f.approx);
    if (same) {
      same.figureIds.push(f.id);
      continue;
    }
    candidates.push({ q: { value: f.baseValue, bound: f.bound, approx: f.approx }, figureIds: [f.id], tolerance: publishedRounding(f), unit: f.unit });
  }
  return candidates;
}

const ZERO_TOTAL: Candidate[] = [{ q: EXACT_ZERO, figureIds: [], tolerance: 0, unit: "" }];

function primary(candidates: readonly Candidate[]): Candidate {
  const first = candidates[0];
  if (!first) throw new Error("a period without candidates cannot be used");
  return first;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function formatInUnit(value: number, unit: string): string {
  const factor = unitDefinition(unit)?.factor ?? 1;
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 3 }).format(value / factor)} ${unit}`.trim();
}

interface YearContext {
  key: string;
  cells: Map<MonthIndex, MonthlyValue>;
  checks: ConsistencyCheck[];
  unplaced: { figureId: string; reason: string }[];
  /** Published rounding of each figure, in base units, by figure id. */
  rounding: Map<string, number>;
}

function placeReportedMonths(figures: readonly Figure[], ctx: YearContext): void {
  for (const [month, group] of groupBy(figures.filter((f) => f.start === f.end), (f) => f.start)) {
    const candidates = candidatesOf(group);
    const main = primary(candidates);
    ctx.cells.set(month, {
      month,
      ...main.q,
      method: "reported",
      span: [month, month],
      figureIds: main.figureIds,
      conflict: candidates.length > 1,
      alternatives: candidates.slice(1).map((c) => ({ ...c.q, figureIds: c.figureIds })),
    });
  }
}

/** The remainder of a cumulative segment once its reported months are taken out, or undefined for a gap. */
function remainderOf(total: QualifiedValue | undefined, reported: readonly MonthlyValue[]): QualifiedValue | undefined {
  let rest = total;
  for (const cell of reported) rest = rest && subtract(rest, cell);
  return rest;
}

/**
 * Walks the year-to-date totals of one year in order. Each step covers the months since the previous
 * total: months reported on their own are kept and compared with the step, the others get the
 * step's remainder (derived for one month, spread evenly over several).
 */
function placeCumulativeTotals(figures: readonly Figure[], ctx: YearContext): void {
  const cumulative = figures.filter((f) => f.start === januaryOf(f.start));
  const byEnd = [...groupBy(cumulative, (f) => f.end)].sort(([a], [b]) => a - b);
  let previous = { end: cumulative[0] ? januaryOf(cumulative[0].start) - 1 : 0, candidates: ZERO_TOTAL };
  for (const [end, group] of byEnd) {
    const current = { end, candidates: candidatesOf(group) };
    const segment = monthRange(previous.end + 1, end);
    const reported = segment.flatMap((m) => {
      const cell = ctx.cells.get(m);
      return cell && cell.method === "reported" ? [cell] : [];
    });
    const missing = segment.filter((m) => !ctx.cells.has(m));
    const step = subtract(primary(current.candidates).q, primary(previous.candidates).q);
    if (missing.length === 0) {
      checkReportedAgainstStep(ctx, segment, step, reported, previous.candidates, current.candidates);
    } else {
      fillMissing(ctx, { segment, missing, step, reported, previous: previous.candidates, current: current.candidates });
    }
    previous = current;
  }
}

function checkReportedAgainstStep(
  ctx: YearContext,
  segment: MonthIndex[],
  step: QualifiedValue | undefined,
  reported: readonly MonthlyValue[],
  previous: readonly Candidate[],
  current: readonly Candidate[],
): void {
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
  const months = first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
  ctx.checks.push({
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

function fillMissing(
  ctx: YearContext,
  step: {
    segment: MonthIndex[];
    missing: MonthIndex[];
    step: QualifiedValue | undefined;
    reported: readonly MonthlyValue[];
    previous: readonly Candidate[];
    current: readonly Candidate[];
  },
): void {
  const { segment, missing, reported, previous, current } = step;
  const remainder = remainderOf(step.step, reported);
  const currentIds = primary(current).figureIds;
  if (!remainder) {
    ctx.unplaced.push(
      ...currentIds.map((figureId) => ({
        figureId,
        reason: "its difference with the previous total is undetermined (both are bounds in the same direction); the months between are a gap",
      })),
    );
    return;
  }
  const first = segment[0] ?? 0;
  const last = segment[segment.length - 1] ?? first;
  const startsYear = primary(previous).figureIds.length === 0;
  const method = missing.length > 1 ? "spread" : segment.length === 1 && startsYear ? "reported" : "derived";
  const perMonth = divide(remainder, missing.length);
  const alternatives: MonthlyAlternative[] = [];
  const alternativePairs: [Candidate, Candidate][] = [
    ...current.slice(1).map((c): [Candidate, Candidate] => [c, primary(previous)]),
    ...previous.slice(1).map((c): [Candidate, Candidate] => [primary(current), c]),
  ];
  for (const [minuend, subtrahend] of alternativePairs) {
    const rest = remainderOf(subtract(minuend.q, subtrahend.q), reported);
    if (rest) alternatives.push({ ...divide(rest, missing.length), figureIds: [...minuend.figureIds, ...subtrahend.figureIds] });
  }
  const figureIds = [...currentIds, ...primary(previous).figureIds, ...reported.flatMap((c) => c.figureIds)];
  const conflict = current.length > 1 || previous.length > 1 || reported.some((c) => c.conflict);
  for (const month of missing) {
    ctx.cells.set(month, {
      month,
      ...perMonth,
      method,
      span: method === "spread" ? [first, last] : [month, month],
      figureIds,
      conflict,
      alternatives,
    });
  }
  if (perMonth.value < 0 && perMonth.bound !== ">") {
    const unit = primary(current).unit;
    ctx.checks.push({
      seriesKey: ctx.key,
      span: [first, last],
      reported: perMonth.value * missing.length,
      derived: perMonth.value * missing.length,
      tolerance: 0,
      ok: false,
      figureIds,
      message: `${formatMonth(first)} to ${formatMonth(last)}: the cumulative totals give a negative ${formatInUnit(remainder.value, unit)}; the published totals disagree`,
    });
  }
}

/** Periods that neither start in January nor cover a single month: spread when nothing else covers them. */
function placeOtherPeriods(figures: readonly Figure[], ctx: YearContext): void {
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
    const main = primary(candidates);
    const perMonth = divide(main.q, months.length);
    for (const month of months) {
      ctx.cells.set(month, {
        month,
        ...perMonth,
        method: "spread",
        span: [sample.start, sample.end],
        figureIds: main.figureIds,
        conflict: candidates.length > 1,
        alternatives: candidates.slice(1).map((c) => ({ ...divide(c.q, months.length), figureIds: c.figureIds })),
      });
    }
  }
}

function reasonNotPlaced(figure: Figure): string | undefined {
  if (figure.status === "forecast") return "a forecast or target, not an outcome";
  if (figure.startDay !== undefined || figure.endDay !== undefined) return "its period starts or ends mid-month";
  if (yearOf(figure.start) !== yearOf(figure.end)) return "its period spans more than one calendar year";
  return undefined;
}

/** Turns the published figures of one series into monthly values with provenance. */
export function normalizeSeries(key: SeriesKey, unit: BaseUnit, figures: readonly Figure[]): { series: Series; checks: ConsistencyCheck[] } {
  const rounding = new Map(figures.map((f) => [f.id, publishedRounding(f)]));
  const ctx: YearContext = { key: seriesKeyOf(key), cells: new Map(), checks: [], unplaced: [], rounding };
  const placeable: Figure[] = [];
  for (const figure of figures) {
    const reason = reasonNotPlaced(figure);
    if (reason) ctx.unplaced.push({ figureId: figure.id, reason });
    else placeable.push(figure);
  }
  for (const yearFigures of groupBy(placeable, (f) => yearOf(f.start)).values()) {
    placeReportedMonths(yearFigures, ctx);
    placeCumulativeTotals(yearFigures, ctx);
    placeOtherPeriods(yearFigures, ctx);
  }
  const values = [...ctx.cells.values()].sort((a, b) => a.month - b.month);
  return {
    series: { ...key, key: ctx.key, unit, values, unplaced: ctx.unplaced },
    checks: ctx.checks,
  };
}

/** Splits all figures into series and normalizes each. */
export function normalizeFigures(figures: readonly Figure[], unitOfMetric: (metric: string) => BaseUnit | undefined): { series: Series[]; checks: ConsistencyCheck[] } {
  const series: Series[] = [];
  const checks: ConsistencyCheck[] = [];
  const groups = groupBy(figures, (f) => seriesKeyOf(f));
  for (const group of groups.values()) {
    const sample = group[0];
    if (!sample) continue;
    const unit = unitOfMetric(sample.metric) ?? unitDefinition(sample.unit)?.base;
    if (!unit) continue;
    const key: SeriesKey = {
      metric: sample.metric,
      origin: sample.origin,
      destination: sample.destination,
      direction: sample.direction,
      ...(sample.subject !== undefined ? { subject: sample.subject } : {}),
    };
    const result = normalizeSeries(key, unit, group);
    series.push(result.series);
    checks.push(...result.checks);
  }
  return { series, checks };
}

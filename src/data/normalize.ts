import type { ConsistencyCheck, Figure, MetricKind, Series, SeriesKey, SourceConflict } from "./model";
import { yearOf } from "./month";
import { groupBy, publishedRounding } from "./months/candidates";
import type { SeriesContext } from "./months/context";
import { placeCumulativeTotals } from "./months/cumulative";
import { placeOtherPeriods, placeReportedMonths } from "./months/periods";
import { seriesKeyOf } from "./series-key";
import { unitDefinition, type BaseUnit } from "./units";

export interface NormalizedSeries {
  series: Series;
  checks: ConsistencyCheck[];
  conflicts: SourceConflict[];
}

function reasonNotPlaced(figure: Figure, kind: MetricKind): string | undefined {
  if (figure.status === "forecast") return "a forecast or target, not an outcome";
  if (figure.startDay !== undefined || figure.endDay !== undefined) return "its period starts or ends mid-month";
  if (yearOf(figure.start) !== yearOf(figure.end)) return "its period spans more than one calendar year";
  if (kind === "event" && figure.start !== figure.end) return "a one-off event: it is placed only when its month is published, never spread";
  return undefined;
}

/**
 * Turns the published figures of one series into monthly values with provenance. Flows are
 * differenced and spread; an event is only ever its own month; a level is read at the end of its
 * period and never differenced.
 */
export function normalizeSeries(key: SeriesKey, unit: BaseUnit, figures: readonly Figure[], kind: MetricKind = "flow"): NormalizedSeries {
  const rounding = new Map(figures.map((f) => [f.id, publishedRounding(f)]));
  const ctx: SeriesContext = { key: seriesKeyOf(key), cells: new Map(), checks: [], conflicts: [], unplaced: [], rounding };
  const placeable: Figure[] = [];
  for (const figure of figures) {
    const reason = reasonNotPlaced(figure, kind);
    if (reason) ctx.unplaced.push({ figureId: figure.id, reason });
    else placeable.push(figure);
  }
  if (kind === "level") {
    placeReportedMonths(placeable, ctx, (f) => f.end);
  } else {
    for (const yearFigures of groupBy(placeable, (f) => yearOf(f.start)).values()) {
      placeReportedMonths(
        yearFigures.filter((f) => f.start === f.end),
        ctx,
      );
      if (kind === "flow") {
        placeCumulativeTotals(yearFigures, ctx);
        placeOtherPeriods(yearFigures, ctx);
      }
    }
  }
  const values = [...ctx.cells.values()].sort((a, b) => a.month - b.month);
  return {
    series: { ...key, key: ctx.key, unit, routes: figures.find((f) => f.routes.length > 0)?.routes ?? [], values, unplaced: ctx.unplaced },
    checks: ctx.checks,
    conflicts: ctx.conflicts,
  };
}

export interface MetricInfo {
  unit: BaseUnit;
  kind: MetricKind;
}

/** Splits all figures into series and normalizes each. */
export function normalizeFigures(
  figures: readonly Figure[],
  metricOf: (metric: string) => MetricInfo | undefined,
): { series: Series[]; checks: ConsistencyCheck[]; conflicts: SourceConflict[] } {
  const series: Series[] = [];
  const checks: ConsistencyCheck[] = [];
  const conflicts: SourceConflict[] = [];
  for (const group of groupBy(figures, (f) => seriesKeyOf(f)).values()) {
    const sample = group[0];
    if (!sample) continue;
    const metric = metricOf(sample.metric);
    const unit = metric?.unit ?? unitDefinition(sample.unit)?.base;
    if (!unit) continue;
    const key: SeriesKey = {
      metric: sample.metric,
      origin: sample.origin,
      destination: sample.destination,
      direction: sample.direction,
      ...(sample.subject !== undefined ? { subject: sample.subject } : {}),
    };
    const result = normalizeSeries(key, unit, group, metric?.kind ?? "flow");
    series.push(result.series);
    for (const item of result.checks) checks.push(item);
    for (const item of result.conflicts) conflicts.push(item);
  }
  return { series, checks, conflicts };
}

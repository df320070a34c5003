import { z } from "zod";
import { BASES, DIRECTIONS } from "../model";
import { formatMonth, januaryOf, monthOfYear, parsePeriodPoint, yearOf, type MonthIndex } from "../month";
import type { Bound } from "../qualifier";
import { UNIT_FORMS_HELP, unitDefinition } from "../units";
import { idSchema, SOURCE_ID_PATTERN, textSchema } from "./common";

export const FIGURE_COLUMNS = [
  "id", "metric", "period_start", "period_end", "basis", "origin", "destination", "direction",
  "value", "unit", "qualifier", "yoy_pct", "share_pct", "source", "status", "subject", "route", "note", "editor_note",
] as const;
export const REQUIRED_FIGURE_COLUMNS = [
  "id", "metric", "period_start", "period_end", "basis", "origin", "destination", "direction", "value", "unit", "source",
] as const;

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const NUMBER = /^-?\d+(\.\d+)?$/;

const periodPointSchema = z.string().transform((text, ctx) => {
  const point = parsePeriodPoint(text);
  if (!point) {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a month (YYYY-MM) or a day (YYYY-MM-DD)` });
    return z.NEVER;
  }
  return point;
});

const qualifierSchema = z
  .enum(["", ">", ">=", "≥", "<", "<=", "≤", "≈", "~"], {
    error: (issue) => `qualifier "${String(issue.input)}" is not one of >, <, ≈ (or empty)`,
  })
  .transform((symbol): { bound: Bound; approx: boolean } => {
    if (symbol === ">" || symbol === ">=" || symbol === "≥") return { bound: ">", approx: false };
    if (symbol === "<" || symbol === "<=" || symbol === "≤") return { bound: "<", approx: false };
    if (symbol === "≈" || symbol === "~") return { bound: null, approx: true };
    return { bound: null, approx: false };
  });

const optionalNumberSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(NUMBER, { error: (issue) => `"${String(issue.input)}" is not a number (use a dot for decimals)` })
    .transform(Number)
    .optional(),
);

const MONTH_NAME = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });

/** A count "so far this year, as of 28 July" is not a year-to-date total of whole months: say which basis it is. */
function ytdToADay(month: MonthIndex, day: number): string {
  const name = MONTH_NAME.format(Date.UTC(yearOf(month), monthOfYear(month) - 1, 1));
  const shown = `${formatMonth(month)}-${String(day).padStart(2, "0")}`;
  return `basis ytd counts whole months, but period_end ${shown} is a day: for a figure "so far this year, as of ${day} ${name}", set basis to period (it stays in the tables; a figure that stops mid-month is not put on the time line)`;
}

/** A figures.csv row, checked on its own; references to other files are checked in validate-references. */
export const figureRowSchema = z
  .object({
    id: idSchema,
    metric: idSchema,
    period_start: periodPointSchema,
    period_end: periodPointSchema,
    basis: z.enum(BASES, { error: (issue) => `basis "${String(issue.input)}" is not one of ${BASES.join(", ")}` }),
    origin: idSchema,
    destination: idSchema,
    direction: z.enum(DIRECTIONS, {
      error: (issue) => `direction "${String(issue.input)}" is not one of ${DIRECTIONS.join(", ")}`,
    }),
    value: z
      .string()
      .min(1, { error: "value is required" })
      .regex(NUMBER, { error: (issue) => `value "${String(issue.input)}" is not a plain number (no separators, dot for decimals)` }),
    unit: z.string().refine((unit) => unitDefinition(unit) !== undefined, {
      error: (issue) => `unknown unit "${String(issue.input)}": a unit is ${UNIT_FORMS_HELP}`,
    }),
    qualifier: z.preprocess((v) => v ?? "", qualifierSchema),
    yoy_pct: optionalNumberSchema,
    share_pct: optionalNumberSchema,
    source: z
      .string()
      .min(1, { error: "every figure needs at least one source id (the column is empty)" })
      .transform((text) => text.split(";").map((id) => id.trim()).filter((id) => id.length > 0))
      .refine((ids) => ids.length > 0, { error: "every figure needs at least one source id (the column is empty)" })
      .refine((ids) => ids.every((id) => SOURCE_ID_PATTERN.test(id)), { error: "source ids are separated by ';'" }),
    status: z.preprocess(
      (v) => (v === "" || v === undefined ? "outcome" : v),
      z.enum(["outcome", "forecast"], { error: 'status is empty or "forecast"' }),
    ),
    subject: z.preprocess(emptyToUndefined, textSchema.optional()),
    /** Route ids (routes.geojson) the counted traffic uses, separated by ';': the map draws the flow along the first. */
    route: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((text) => text.split(";").map((id) => id.trim()).filter((id) => id.length > 0))
        .optional(),
    ),
    /** Shown to readers: context in our own words. */
    note: z.preprocess(emptyToUndefined, textSchema.optional()),
    /** For the package's editors only (doubts about attribution, how a figure was found); never shown to readers. */
    editor_note: z.preprocess(emptyToUndefined, textSchema.optional()),
  })
  .superRefine((row, ctx) => {
    const start = row.period_start;
    const end = row.period_end;
    const endsBefore = end.month < start.month || (end.month === start.month && (end.day ?? 31) < (start.day ?? 1));
    if (endsBefore) {
      ctx.addIssue({
        code: "custom",
        path: ["period_end"],
        message: `period_end ${formatMonth(end.month)} is before period_start ${formatMonth(start.month)}`,
      });
      return;
    }
    const wholeMonths = start.day === undefined && end.day === undefined;
    if (row.basis === "month" && (start.month !== end.month || !wholeMonths)) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "basis month needs period_start and period_end in the same month, without days" });
    }
    if (row.basis === "ytd" && end.day !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: ytdToADay(end.month, end.day) });
    } else if (row.basis === "ytd" && (start.month !== januaryOf(end.month) || !wholeMonths)) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: `basis ytd needs period_start ${yearOf(end.month)}-01 (January of the end's year) and whole months` });
    }
    if (row.basis === "year" && (start.month !== januaryOf(start.month) || monthOfYear(end.month) !== 12 || yearOf(start.month) !== yearOf(end.month) || !wholeMonths)) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "basis year needs period_start YYYY-01 and period_end YYYY-12 of one year" });
    }
  });

export type FigureRow = z.output<typeof figureRowSchema>;

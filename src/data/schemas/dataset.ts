import { z } from "zod";
import { DIRECTIONS, METRIC_KINDS } from "../model";
import { isBaseUnit, UNIT_FORMS_HELP } from "../units";
import { LANGUAGE_CODE, idSchema, iso3Schema, latitudeSchema, localizedTextSchema, longitudeSchema, textSchema } from "./common";

const monthTextSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "months are YYYY-MM" });

export const metricSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  /** Checked against the built-in units and the package's own `units` below */
  unit: z.string().min(1, { error: "a metric needs a unit" }),
  kind: z.enum(METRIC_KINDS, { error: `a metric's kind is one of ${METRIC_KINDS.join(", ")}` }).default("flow"),
  /** A route mode (rail, road, air, or one the package declares): colours the metric's flows */
  mode: idSchema.optional(),
  /** The series the chart shows when nothing is pinned */
  headline: z
    .object({ origin: idSchema, destination: idSchema, direction: z.enum(DIRECTIONS).optional(), subject: textSchema.optional() })
    .optional(),
});

/** A word per language, or its plural forms ({ "one": "bag", "other": "bags" }; Russian adds few and many). */
const wordSchema = z.union([textSchema.min(1), z.record(z.enum(["zero", "one", "two", "few", "many", "other"]), textSchema.min(1))]);
const wordsSchema = z
  .record(z.string().regex(LANGUAGE_CODE, { error: "keys are language codes" }), wordSchema)
  .refine((words) => words.en !== undefined, { error: "an English word (en) is required" });

export const PLACE_SYMBOLS = ["port", "hub", "airport", "town", "none"] as const;

const kindsSchema = z.object({
  place: z.array(z.object({ id: idSchema, label: wordsSchema, symbol: z.enum(PLACE_SYMBOLS).default("town") })).default([]),
  zone: z.array(z.object({ id: idSchema, label: wordsSchema })).default([]),
  route: z.array(z.object({ id: idSchema, label: wordsSchema })).default([]),
});

export const datasetSchema = z
  .object({
    format: z.literal("trade-corridors/1", { error: 'format must be "trade-corridors/1"' }),
    id: idSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** Whose positions and data the map shows, for the map's credit line ("Positions: GeoNames"). */
    credit: textSchema.max(200, { error: "credit is a short line (200 characters at most)" }).optional(),
    defaultMetric: idSchema,
    metrics: z.array(metricSchema).min(1, { error: "at least one metric is required" }),
    /** Count units the package needs beyond the built-in ones, with their words */
    units: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: "a unit id is lower-case letters, digits, - and _" }), label: wordsSchema })).default([]),
    /** Kinds of place, zone and route beyond the built-in ones, with their legend labels */
    kinds: kindsSchema.default({ place: [], zone: [], route: [] }),
    view: z
      .object({
        center: z.tuple([longitudeSchema, latitudeSchema]).optional(),
        zoom: z.number().min(0).max(22).optional(),
        /** [[west, south], [east, north]]: when given, the map opens fitted to it on any screen size. */
        bounds: z.tuple([z.tuple([longitudeSchema, latitudeSchema]), z.tuple([longitudeSchema, latitudeSchema])]).optional(),
        /** First and last month of the time slider (YYYY-MM); figures outside stay in the tables. */
        months: z.tuple([monthTextSchema, monthTextSchema]).optional(),
        /** The month the explorer opens on; otherwise the latest month with data for the default metric. */
        month: monthTextSchema.optional(),
        /** Countries the basemap shades a little darker: where the story is. */
        highlightCountries: z.array(iso3Schema).default([]),
      })
      .optional(),
  })
  .superRefine((dataset, ctx) => {
    if (!dataset.metrics.some((m) => m.id === dataset.defaultMetric)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultMetric"],
        message: `defaultMetric "${dataset.defaultMetric}" is not one of the metrics`,
      });
    }
    const view = dataset.view;
    if (view && !view.bounds && (view.center === undefined || view.zoom === undefined)) {
      ctx.addIssue({ code: "custom", path: ["view"], message: "view needs bounds, or both center and zoom" });
    }
    const months = dataset.view?.months;
    if (months && months[1] < months[0]) {
      ctx.addIssue({ code: "custom", path: ["view", "months"], message: `view.months ends (${months[1]}) before it starts (${months[0]})` });
    }
    const declared = dataset.units.map((u) => u.id);
    dataset.metrics.forEach((metric, i) => {
      if (!isBaseUnit(metric.unit, declared)) {
        ctx.addIssue({
          code: "custom",
          path: ["metrics", i, "unit"],
          message: `metric "${metric.id}": unit "${metric.unit}" is not ${UNIT_FORMS_HELP.replace(/, each optionally.*$/, "")}; declare a count of your own in "units"`,
        });
      }
    });
    const seen = new Set<string>();
    dataset.metrics.forEach((metric, i) => {
      if (seen.has(metric.id)) {
        ctx.addIssue({ code: "custom", path: ["metrics", i, "id"], message: `duplicate metric id "${metric.id}"` });
      }
      seen.add(metric.id);
    });
  });

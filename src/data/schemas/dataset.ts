import { z } from "zod";
import { METRIC_KINDS } from "../model";
import { BASE_UNITS } from "../units";
import { idSchema, iso3Schema, latitudeSchema, localizedTextSchema, longitudeSchema, textSchema } from "./common";

const monthTextSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "months are YYYY-MM" });

export const metricSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  unit: z.enum(BASE_UNITS, { error: `a metric's unit is one of ${BASE_UNITS.join(", ")}` }),
  kind: z.enum(METRIC_KINDS, { error: `a metric's kind is one of ${METRIC_KINDS.join(", ")}` }).default("flow"),
  mode: z.enum(["rail", "road", "air"], { error: 'a metric\'s mode is "rail", "road" or "air"' }).optional(),
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
    const seen = new Set<string>();
    dataset.metrics.forEach((metric, i) => {
      if (seen.has(metric.id)) {
        ctx.addIssue({ code: "custom", path: ["metrics", i, "id"], message: `duplicate metric id "${metric.id}"` });
      }
      seen.add(metric.id);
    });
  });

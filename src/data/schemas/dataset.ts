import { z } from "zod";
import { BASE_UNITS } from "../units";
import { idSchema, latitudeSchema, localizedTextSchema, longitudeSchema } from "./common";

const monthTextSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "months are YYYY-MM" });

export const metricSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  unit: z.enum(BASE_UNITS, { error: `a metric's unit is one of ${BASE_UNITS.join(", ")}` }),
});

export const datasetSchema = z
  .object({
    format: z.literal("trade-corridors/1", { error: 'format must be "trade-corridors/1"' }),
    id: idSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    defaultMetric: idSchema,
    metrics: z.array(metricSchema).min(1, { error: "at least one metric is required" }),
    view: z
      .object({
        center: z.tuple([longitudeSchema, latitudeSchema]),
        zoom: z.number().min(0).max(22),
        /** [[west, south], [east, north]]: when given, the map opens fitted to it on any screen size. */
        bounds: z.tuple([z.tuple([longitudeSchema, latitudeSchema]), z.tuple([longitudeSchema, latitudeSchema])]).optional(),
        /** First and last month of the time slider (YYYY-MM); figures outside stay in the tables. */
        months: z.tuple([monthTextSchema, monthTextSchema]).optional(),
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

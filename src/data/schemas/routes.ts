import { z } from "zod";
import { dateSchema, idSchema, positionSchema, sourceListSchema, textSchema } from "./common";

const lineSchema = z.array(positionSchema).min(2, { error: "a line needs at least 2 positions" });

export const routeFeatureSchema = z
  .object({
    type: z.literal("Feature", { error: 'a feature needs "type": "Feature"' }),
    geometry: z.union(
      [
        z.object({ type: z.literal("LineString"), coordinates: lineSchema }),
        z.object({ type: z.literal("MultiLineString"), coordinates: z.array(lineSchema).min(1) }),
      ],
      { error: "a route's geometry is a LineString or MultiLineString" },
    ),
    properties: z.object({
      id: idSchema,
      name_en: textSchema.min(1, { error: "name_en is required" }),
      name_zh: textSchema.optional(),
      /** rail, road, air, or a mode dataset.json declares: checked in validate-references */
      mode: idSchema,
      via: z.array(idSchema).default([]),
      path: z.enum(["drawn", "great_circle"]).default("drawn"),
      geometry_precision: z.enum(["schematic", "surveyed"]).default("schematic"),
      status: z.enum(["operating", "under_construction", "planned"]).default("operating"),
      opened: dateSchema.optional(),
      /** When building began: before it the line is planned, from it under construction, from `opened` operating. */
      construction_started: dateSchema.optional(),
      length_km: z.number().positive().optional(),
      sources: sourceListSchema,
      note: textSchema.optional(),
      editor_note: textSchema.optional(),
    }),
  })
  .superRefine((feature, ctx) => {
    if (feature.properties.path === "great_circle") {
      const ok = feature.geometry.type === "LineString" && feature.geometry.coordinates.length === 2;
      if (!ok) {
        ctx.addIssue({ code: "custom", path: ["geometry"], message: "a great_circle route gives exactly its two end points as a LineString" });
      }
    }
  });

export type RouteFeature = z.output<typeof routeFeatureSchema>;

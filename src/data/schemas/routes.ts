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
        return;
      }
      const [from, to] = feature.geometry.coordinates as number[][];
      if (from && to && nearlyAntipodal(from, to)) {
        ctx.addIssue({
          code: "custom",
          path: ["geometry"],
          message: `a great_circle route's two ends are opposite each other on the globe, so no single great circle joins them: give a point on the way and use path "drawn"`,
        });
      }
    }
  });

/** Ends this close (in degrees) to exactly opposite points have no well-defined great circle between them. */
const ANTIPODAL_MARGIN_DEG = 0.01;

function nearlyAntipodal([lon1 = 0, lat1 = 0]: number[], [lon2 = 0, lat2 = 0]: number[]): boolean {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  const angle = 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.PI - angle < ANTIPODAL_MARGIN_DEG * rad;
}

export type RouteFeature = z.output<typeof routeFeatureSchema>;

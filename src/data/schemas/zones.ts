import { z } from "zod";
import { dateSchema, idSchema, positionSchema, sourceListSchema, textSchema } from "./common";

const ringSchema = z.array(positionSchema).min(4, { error: "a polygon ring needs at least 4 positions" });

const polygonSchema = z.object({ type: z.literal("Polygon"), coordinates: z.array(ringSchema).min(1) });
const multiPolygonSchema = z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ringSchema).min(1)).min(1) });

export const zoneFeatureSchema = z.object({
  type: z.literal("Feature", { error: 'a feature needs "type": "Feature"' }),
  geometry: z.union([polygonSchema, multiPolygonSchema], { error: "a zone's geometry is a Polygon or MultiPolygon" }),
  properties: z.object({
    id: idSchema,
    name_en: textSchema.min(1, { error: "name_en is required" }),
    name_zh: textSchema.optional(),
    /** A built-in kind or one dataset.json declares: checked in validate-references */
    kind: idSchema,
    parent: z.string().optional(),
    official_area_km2: z.number().positive().optional(),
    area_source: z.union([z.string(), z.array(z.string())]).optional(),
    outline: z.enum(["official", "approximate"], { error: 'outline is "official" or "approximate"' }),
    outline_note: textSchema.optional(),
    established: dateSchema.optional(),
    sources: sourceListSchema,
    note: textSchema.optional(),
    editor_note: textSchema.optional(),
  }),
});

export type ZoneFeature = z.output<typeof zoneFeatureSchema>;

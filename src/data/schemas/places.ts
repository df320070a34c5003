import { z } from "zod";
import { COORD_PRECISIONS, MODES, PLACE_SITES } from "../model";
import { dateSchema, idSchema, iso3Schema, positionSchema, sourceListSchema, textSchema } from "./common";

/** Names in other languages (name_mn, name_kk…) are kept: any property name_<language code>. */
export const NAME_PROPERTY = /^name_([a-z]{2,3}(?:_[A-Za-z0-9]{2,8})?)$/;

const placePropertiesSchema = z.looseObject({
  id: idSchema,
  name_en: textSchema.min(1, { error: "name_en is required" }),
  name_zh: textSchema.optional(),
  name_ru: textSchema.optional(),
  alt_names: z.array(textSchema).default([]),
  /** A built-in kind or one dataset.json declares: checked in validate-references */
  kind: idSchema,
  country: iso3Schema.optional(),
  members: z.array(z.union([iso3Schema, z.literal("*")])).optional(),
  modes: z.array(z.enum(MODES, { error: `modes are ${MODES.join(", ")}` })).default([]),
  coord_precision: z
    .enum(COORD_PRECISIONS, { error: (issue) => `coord_precision "${String(issue.input)}" is not one of ${COORD_PRECISIONS.join(", ")}` })
    .optional(),
  coord_note: textSchema.optional(),
  /** What the point of a port stands for: the border crossing itself, the port's inspection station, or a town. */
  site: z.enum(PLACE_SITES, { error: (issue) => `site "${String(issue.input)}" is not one of ${PLACE_SITES.join(", ")}` }).optional(),
  coord_source: z.union([z.string(), z.array(z.string())]).optional(),
  counterpart: idSchema.optional(),
  across: iso3Schema.optional(),
  status: textSchema.optional(),
  opened: dateSchema.optional(),
  sources: sourceListSchema,
  note: textSchema.optional(),
  editor_note: textSchema.optional(),
});

export const placeFeatureSchema = z
  .object({
    type: z.literal("Feature", { error: 'a feature needs "type": "Feature"' }),
    geometry: z.union([z.object({ type: z.literal("Point"), coordinates: positionSchema }), z.null()], {
      error: "a place's geometry is a Point (or null for a group without an anchor)",
    }),
    properties: placePropertiesSchema,
  })
  .superRefine((feature, ctx) => {
    const p = feature.properties;
    if (p.kind === "group") {
      if (!p.members || p.members.length === 0) {
        ctx.addIssue({ code: "custom", path: ["properties", "members"], message: "a group needs members (ISO alpha-3 codes, or [\"*\"])" });
      }
      // A group may have a point: its anchor, where flows to the group are drawn and labelled.
      if (feature.geometry !== null && !p.coord_note) {
        ctx.addIssue({ code: "custom", path: ["properties"], message: `group "${p.id}" has a point: add a coord_note saying it is only where the group is drawn` });
      }
      return;
    }
    if (feature.geometry === null) {
      ctx.addIssue({ code: "custom", path: ["geometry"], message: `place "${p.id}" has no point: only a group may have null geometry` });
    }
    if (!p.country) ctx.addIssue({ code: "custom", path: ["properties"], message: `place "${p.id}" needs a country (ISO alpha-3)` });
    if (!p.coord_precision) {
      ctx.addIssue({ code: "custom", path: ["properties"], message: `place "${p.id}" needs coord_precision` });
    } else if (p.coord_precision !== "exact" && !p.coord_note) {
      ctx.addIssue({ code: "custom", path: ["properties", "coord_precision"], message: `place "${p.id}": a ${p.coord_precision} coordinate needs a coord_note saying what the point is` });
    }
    // An anchor is a drawing choice explained in coord_note, not a measured position: it needs no source.
    if (p.coord_precision !== "anchor" && (!p.coord_source || p.coord_source.length === 0)) {
      ctx.addIssue({ code: "custom", path: ["properties"], message: `place "${p.id}" needs coord_source: where the coordinate comes from` });
    }
  });

export type PlaceFeature = z.output<typeof placeFeatureSchema>;

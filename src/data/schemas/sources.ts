import { z } from "zod";
import { dateSchema, sourceIdSchema, textSchema } from "./common";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const SOURCE_COLUMNS = ["id", "outlet", "title", "date", "url", "note", "editor_note"] as const;
export const REQUIRED_SOURCE_COLUMNS = ["id", "outlet", "title", "date"] as const;
// The date column must exist, but a reference page without a date may leave it empty.

/** A sources.csv row. Links must be http(s): a data file must not be able to plant a javascript: URL. */
export const sourceRowSchema = z.object({
  id: sourceIdSchema,
  outlet: textSchema.min(1, { error: "outlet is required" }),
  title: textSchema.min(1, { error: "title is required" }),
  /** Empty for an undated reference page; the explorer then says "undated". */
  date: z.preprocess(emptyToUndefined, dateSchema.optional()),
  url: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s"<>]+$/, { error: "url must be an http(s) address without spaces" })
      .optional(),
  ),
  note: z.preprocess(emptyToUndefined, textSchema.optional()),
  editor_note: z.preprocess(emptyToUndefined, textSchema.optional()),
});

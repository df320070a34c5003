import { z } from "zod";

export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
export const SOURCE_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const ISO3_PATTERN = /^[A-Z]{3}$/;
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const idSchema = z
  .string({ error: "an id is required" })
  .regex(ID_PATTERN, { error: "ids are lower-case letters, digits, '-' and '_', starting with a letter" });

export const sourceIdSchema = z
  .string()
  .regex(SOURCE_ID_PATTERN, { error: "source ids are letters, digits, '-' and '_', starting with a letter" });

/** Free text from a data file; it is only ever rendered as text. */
export const textSchema = z.string().max(4000, { error: "text longer than 4000 characters" });

export const dateSchema = z.string().regex(DATE_PATTERN, { error: "dates are YYYY, YYYY-MM or YYYY-MM-DD" });

export const iso3Schema = z.string().regex(ISO3_PATTERN, { error: "countries are ISO 3166-1 alpha-3 codes such as KAZ" });

/** A language code: ISO 639-1 or -3 ("en", "zh", "mn"), optionally with a script or region ("zh-Hant"). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Text per language: English is required, any other language may be given ({ "en": …, "mn": … }). */
export const localizedTextSchema = z
  .record(z.string().regex(LANGUAGE_CODE, { error: (issue) => `"${String(issue.input)}" is not a language code such as en, zh, ru or mn` }), textSchema)
  .refine((text): text is { en: string } & Record<string, string> => typeof text.en === "string" && text.en.length > 0, { error: "English text (en) is required" });

export const longitudeSchema = z
  .number({ error: "a longitude must be a number" })
  .refine((v) => Number.isFinite(v) && v >= -180 && v <= 180, {
    error: (issue) => `longitude ${String(issue.input)} is out of range (−180 to 180)`,
  });

export const latitudeSchema = z
  .number({ error: "a latitude must be a number" })
  .refine((v) => Number.isFinite(v) && v >= -90 && v <= 90, {
    error: (issue) => `latitude ${String(issue.input)} is out of range (−90 to 90)`,
  });

export const positionSchema = z.tuple([longitudeSchema, latitudeSchema]).rest(z.number());

/** Source ids cited by a feature: an array in GeoJSON. */
export const sourceListSchema = z.array(sourceIdSchema).default([]);

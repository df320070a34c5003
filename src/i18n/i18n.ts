import { en, type MessageKey } from "./en";
import { fillPlaceholders, findMessage } from "./messages";

/** The languages the interface is translated into. */
export const LANGUAGES = ["en", "zh", "ru"] as const;
/**
 * A language code. Besides the three above, a link may ask for any language a data package has
 * names in (?lang=mn): names and numbers follow it, the interface text falls back to English.
 */
export type Language = string;
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Keys without their plural suffix: t("time.speedOption", { count }) picks _one or _other. */
export type TextKey = MessageKey extends infer K ? (K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : K) : never;
export type TextVars = Record<string, string | number>;

// Catalogues by language. English is copied so that words a package adds never touch en.ts's object.
const catalogues = new Map<string, Record<string, string>>([["en", { ...en }]]);
let language: Language = "en";
/** zh and ru, once their chunk has been loaded */
const loadedTranslations = new Set<Language>();

const countOf = (vars: TextVars | undefined) => (typeof vars?.count === "number" ? vars.count : undefined);

/** The interface text for a key in the current language (English where a translation is missing). */
export function t(key: TextKey, vars?: TextVars): string {
  const text = findMessage(catalogues, language, key, countOf(vars));
  return text === undefined ? key : fillPlaceholders(text, vars ?? {});
}

/**
 * Text for a key built from data (a unit, a kind a package declares), with a fallback when the
 * catalogue has no such key: packages may bring words the interface does not know.
 */
export function tOr(key: string, fallback: string, vars?: TextVars): string {
  const text = findMessage(catalogues, language, key, countOf(vars));
  return text === undefined ? fallback : fillPlaceholders(text, vars ?? {});
}

/** Adds words to a language's catalogue (a data package's own units and kinds), replacing the same keys. */
export function addWords(lang: string, words: Record<string, string>): void {
  catalogues.set(lang, { ...catalogues.get(lang), ...words });
}

export function currentLanguage(): Language {
  return language;
}

/** Loads a language's catalogue (its own small chunk) and switches to it. */
export async function switchLanguage(lang: Language): Promise<void> {
  if ((lang === "zh" || lang === "ru") && !loadedTranslations.has(lang)) {
    const catalog = lang === "zh" ? (await import("./zh")).zh : (await import("./ru")).ru;
    // Words a data package added for the language stay over the interface's own.
    catalogues.set(lang, { ...catalog, ...catalogues.get(lang) });
    loadedTranslations.add(lang);
  }
  language = lang;
}

/** BCP 47 tag for Intl and the `lang` attribute. */
export function localeOf(lang: Language): string {
  if (lang === "zh") return "zh-Hans";
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? "en";
  } catch {
    return "en";
  }
}

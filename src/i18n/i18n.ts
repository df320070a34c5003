import i18next from "i18next";
import { en, type MessageKey } from "./en";

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

const instance = i18next.createInstance();
void instance.init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  // Keys are flat strings with dots in them.
  keySeparator: false,
  nsSeparator: false,
  // React renders text as text; nothing here is ever parsed as HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The interface text for a key in the current language (English where a translation is missing). */
export function t(key: TextKey, vars?: TextVars): string {
  return instance.t(key, vars ?? {});
}

/**
 * Text for a key built from data (a unit, a kind a package declares), with a fallback when the
 * catalogue has no such key: packages may bring words the interface does not know.
 */
export function tOr(key: string, fallback: string, vars?: TextVars): string {
  return instance.exists(key, vars ?? {}) ? instance.t(key, vars ?? {}) : fallback;
}

/** Adds words to a language's catalogue (a data package's own units and kinds), keeping what is there. */
export function addWords(lang: string, words: Record<string, string>): void {
  instance.addResources(lang, "translation", words);
}

export function currentLanguage(): Language {
  return instance.language || "en";
}

/** Loads a language's catalogue (its own small chunk) and switches to it. */
export async function switchLanguage(lang: Language): Promise<void> {
  if ((lang === "zh" || lang === "ru") && !instance.hasResourceBundle(lang, "translation")) {
    const catalog = lang === "zh" ? (await import("./zh")).zh : (await import("./ru")).ru;
    // deep and overwrite false: words a data package added for the language stay.
    instance.addResourceBundle(lang, "translation", catalog, true, false);
  }
  await instance.changeLanguage(lang);
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

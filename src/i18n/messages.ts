/*
 * Looking a message up and filling it in: flat keys, `{{name}}` placeholders, and plural forms as
 * key suffixes named by CLDR's categories (`_one`, `_few`, `_many`, `_other`), which Intl.PluralRules
 * picks. This is all the interface asks of a translation library, and the first view makes about a
 * hundred lookups: done here they cost well under a millisecond, where i18next's general machinery
 * (namespaces, nesting, contexts, formatters) cost 30–40 ms of a phone's first second and 12 kB gzip.
 */

export type Catalogue = Readonly<Record<string, string>>;
export type MessageVars = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

const pluralRules = new Map<string, Intl.PluralRules | null>();

/** The plural category of a count in a language; null where Intl knows no rules for the code. */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule | null {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = null;
    }
    pluralRules.set(lang, rules);
  }
  return rules ? rules.select(count) : null;
}

/**
 * The languages a lookup tries, in order: the language, its base language ("pt" for "pt-BR"), then
 * English, each once.
 */
export function lookupOrder(lang: string): string[] {
  return [...new Set([lang, lang.split("-")[0] ?? lang, "en"])];
}

/**
 * The text for a key: in each language of `lookupOrder`, the plural form the count takes in that
 * language (and `_zero` for a count of 0 where a catalogue has one), then the plain key. Undefined
 * when no catalogue has it.
 */
export function findMessage(catalogues: ReadonlyMap<string, Catalogue>, lang: string, key: string, count?: number): string | undefined {
  for (const code of lookupOrder(lang)) {
    const catalogue = catalogues.get(code);
    if (!catalogue) continue;
    if (count !== undefined) {
      if (count === 0 && Object.hasOwn(catalogue, `${key}_zero`)) return catalogue[`${key}_zero`];
      const category = pluralCategory(code, count);
      if (category && Object.hasOwn(catalogue, `${key}_${category}`)) return catalogue[`${key}_${category}`];
    }
    if (Object.hasOwn(catalogue, key)) return catalogue[key];
  }
  return undefined;
}

/** Fills `{{name}}` from vars; a placeholder with no value becomes empty rather than showing braces to a reader. */
export function fillPlaceholders(text: string, vars: MessageVars): string {
  if (!text.includes("{{")) return text;
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return value === undefined ? "" : String(value);
  });
}

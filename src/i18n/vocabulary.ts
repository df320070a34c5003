import type { LocalizedWord, PackageVocabulary } from "../data/model";
import { addWords, tOr } from "./i18n";

/**
 * Words a package brings (its count units, kinds of place, zone and route) become catalogue entries,
 * so the interface uses them like its own, with plural forms, in every language the package gives.
 */
export function addPackageWords(vocabulary: PackageVocabulary): void {
  const entries: { key: string; word: LocalizedWord }[] = [
    ...vocabulary.units.map((u) => ({ key: `unit.${u.id}`, word: u.label })),
    ...vocabulary.kinds.place.map((k) => ({ key: `kind.${k.id}`, word: k.label })),
    ...vocabulary.kinds.zone.map((k) => ({ key: `zoneKind.${k.id}`, word: k.label })),
    ...vocabulary.kinds.route.map((k) => ({ key: `mode.${k.id}`, word: k.label })),
  ];
  const byLanguage = new Map<string, Record<string, string>>();
  for (const { key, word } of entries) {
    for (const [lang, forms] of Object.entries(word)) {
      const catalog = byLanguage.get(lang) ?? {};
      if (typeof forms === "string") catalog[key] = forms;
      else for (const [form, text] of Object.entries(forms)) if (text) catalog[`${key}_${form}`] = text;
      byLanguage.set(lang, catalog);
    }
  }
  for (const [lang, catalog] of byLanguage) addWords(lang, catalog);
}

const readable = (id: string) => id.replace(/[_-]+/g, " ");

export const kindLabel = (kind: string) => tOr(`kind.${kind}`, readable(kind), { count: 1 });
export const zoneKindLabel = (kind: string) => tOr(`zoneKind.${kind}`, readable(kind), { count: 1 });
export const modeLabel = (mode: string) => tOr(`mode.${mode}`, readable(mode), { count: 1 });

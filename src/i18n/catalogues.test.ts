import { afterAll, describe, expect, it } from "vitest";
import { formatValue } from "../format/format-value";
import { en } from "./en";
import { switchLanguage, t } from "./i18n";
import { ru } from "./ru";
import { zh } from "./zh";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, "");
const placeholdersOf = (text: string) => new Set(text.match(PLACEHOLDER) ?? []);

interface EnglishEntry {
  plural: boolean;
  /** Every placeholder of any English form: a translation's form may serve numbers English's does not (Russian _one is also 21). */
  placeholders: Set<string>;
}

/** en.ts by base key: whether it has plural forms, and its placeholders. */
function englishEntries(): Map<string, EnglishEntry> {
  const entries = new Map<string, EnglishEntry>();
  for (const [key, text] of Object.entries(en) as [string, string][]) {
    const base = baseOf(key);
    const entry = entries.get(base) ?? { plural: false, placeholders: new Set<string>() };
    if (PLURAL_SUFFIX.test(key)) entry.plural = true;
    for (const p of placeholdersOf(text)) entry.placeholders.add(p);
    entries.set(base, entry);
  }
  return entries;
}

/** Everything wrong with a catalogue against en.ts, one line per problem (empty when it is complete). */
function problems(lang: string, catalog: Record<string, string>): string[] {
  const english = englishEntries();
  const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
  const out: string[] = [];
  for (const [base, entry] of english) {
    const wanted = entry.plural ? categories.map((c) => `${base}_${c}`) : [base];
    const present = Object.keys(catalog).filter((key) => baseOf(key) === base);
    for (const key of wanted) if (!(key in catalog)) out.push(`missing ${key}`);
    for (const key of present) if (!wanted.includes(key)) out.push(`unexpected form ${key} (wanted ${wanted.join(", ")})`);
    for (const key of wanted.filter((k) => k in catalog)) {
      const text = catalog[key] ?? "";
      if (text.trim() === "") out.push(`empty ${key}`);
      const own = placeholdersOf(text);
      for (const p of entry.placeholders) if (!own.has(p)) out.push(`${key} lacks ${p}`);
      for (const p of own) if (!entry.placeholders.has(p)) out.push(`${key} has ${p}, which English does not pass`);
    }
  }
  for (const key of Object.keys(catalog)) if (!english.has(baseOf(key))) out.push(`${key} is not in en.ts`);
  return out;
}

describe.each([
  ["zh", zh],
  ["ru", ru],
] as const)("the %s catalogue", (lang, catalog) => {
  it("translates every key of en.ts, with exactly the plural forms the language has, and every placeholder", () => {
    expect(problems(lang, catalog)).toEqual([]);
  });
});

describe("the check itself", () => {
  it("reports a missing key, a missing plural form, a lost placeholder and a key en.ts does not have", () => {
    const { ["app.title"]: _title, ["time.speedOption_few"]: _few, ...rest } = ru;
    const broken = { ...rest, "panel.movedToData": "Нет данных", "app.unknown": "?" };
    expect(problems("ru", broken)).toEqual(
      expect.arrayContaining([
        "missing app.title",
        "missing time.speedOption_few",
        "panel.movedToData lacks {{metric}}",
        "panel.movedToData lacks {{from}}",
        "app.unknown is not in en.ts",
      ]),
    );
  });
});

describe("style", () => {
  const cjk = "\\p{Script=Han}";
  it("Chinese has no spaces between Chinese characters and no half-width punctuation after them", () => {
    const bad = Object.entries(zh).filter(([, text]) => new RegExp(`${cjk}\\s+${cjk}|${cjk}[,;:!?()]`, "u").test(text));
    expect(bad).toEqual([]);
  });

  it("Russian quotes with «» rather than straight quotes", () => {
    expect(Object.entries(ru).filter(([, text]) => /["„“”]/.test(text))).toEqual([]);
  });
});

describe("the words in use", () => {
  afterAll(() => switchLanguage("en"));

  it("Chinese: one form, units without a space, compact numbers", async () => {
    await switchLanguage("zh");
    expect(t("time.speedOption", { count: 1 })).toBe("每秒1个月");
    expect(formatValue(12.1e6, "t")).toBe("1210万吨");
    expect(formatValue(1, "trains")).toBe("1列");
    expect(formatValue(653, "vehicles")).toBe("653辆");
  });

  it("Russian: the plural the number takes, and the genitive plural after a scale word", async () => {
    await switchLanguage("ru");
    expect(t("time.speedOption", { count: 1 })).toBe("1 месяц в секунду");
    expect(t("time.speedOption", { count: 2 })).toBe("2 месяца в секунду");
    expect(t("time.speedOption", { count: 0.5 })).toBe("0.5 месяца в секунду");
    expect(t("filters.active", { count: 4 })).toBe("4 фильтра");
    expect(formatValue(1, "trains")).toBe("1 поезд");
    expect(formatValue(21, "trains")).toBe("21 поезд");
    expect(formatValue(653, "vehicles")).toBe("653 автомобиля");
    // Intl groups digits with a no-break space, and only from five digits on in Russian.
    expect(formatValue(105800, "crossings").replace(/\s/g, " ")).toBe("105 800 пересечений");
    expect(formatValue(12.1e6, "t")).toBe("12,1 миллиона тонн");
    expect(formatValue(5e6, "passengers")).toBe("5 миллионов пассажиров");
  });
});

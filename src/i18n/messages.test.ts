import { describe, expect, it } from "vitest";
import { fillPlaceholders, findMessage, lookupOrder, pluralCategory, type Catalogue } from "./messages";

const catalogues = new Map<string, Catalogue>([
  ["en", { "unit.trains_one": "train", "unit.trains_other": "trains", "app.title": "Trade corridors", "only.en": "English only", "items_zero": "no items", "items_other": "{{count}} items" }],
  ["ru", { "unit.trains_one": "поезд", "unit.trains_few": "поезда", "unit.trains_many": "поездов", "unit.trains_other": "поезда", "app.title": "Торговые коридоры" }],
  ["zh", { "unit.trains": "列", "app.title": "贸易走廊" }],
  ["pt", { "app.title": "Corredores comerciais" }],
]);

describe("findMessage", () => {
  it("picks the plural form CLDR gives the count in the language", () => {
    expect(findMessage(catalogues, "en", "unit.trains", 1)).toBe("train");
    expect(findMessage(catalogues, "en", "unit.trains", 2)).toBe("trains");
    expect(findMessage(catalogues, "ru", "unit.trains", 21)).toBe("поезд");
    expect(findMessage(catalogues, "ru", "unit.trains", 3)).toBe("поезда");
    expect(findMessage(catalogues, "ru", "unit.trains", 5)).toBe("поездов");
  });

  it("takes a language's plain word when it has no plural forms, before English's forms", () => {
    expect(findMessage(catalogues, "zh", "unit.trains", 5)).toBe("列");
  });

  it("falls back to English for a key the language lacks, and for a language with no catalogue", () => {
    expect(findMessage(catalogues, "ru", "only.en")).toBe("English only");
    expect(findMessage(catalogues, "mn", "app.title")).toBe("Trade corridors");
  });

  it("tries the base language of a regional code before English", () => {
    expect(findMessage(catalogues, "pt-BR", "app.title")).toBe("Corredores comerciais");
  });

  it("uses a _zero form for a count of 0 where there is one", () => {
    expect(findMessage(catalogues, "en", "items", 0)).toBe("no items");
    expect(findMessage(catalogues, "en", "items", 3)).toBe("{{count}} items");
  });

  it("finds nothing for a key no catalogue has, nor for what objects inherit", () => {
    expect(findMessage(catalogues, "en", "no.such.key")).toBeUndefined();
    expect(findMessage(catalogues, "en", "constructor")).toBeUndefined();
  });
});

describe("fillPlaceholders", () => {
  it("puts each value in its placeholder, numbers as written", () => {
    expect(fillPlaceholders("{{count}} trains via {{ port }}", { count: 12, port: "Horgos" })).toBe("12 trains via Horgos");
  });

  it("leaves a missing value empty rather than showing braces", () => {
    expect(fillPlaceholders("No {{metric}} figure", {})).toBe("No  figure");
  });

  it("inserts values as text, never reading them as placeholders again", () => {
    expect(fillPlaceholders("{{a}}", { a: "{{b}}", b: "x" })).toBe("{{b}}");
  });
});

describe("the lookup order and plural rules", () => {
  it("tries the language, its base language, then English, each once", () => {
    expect(lookupOrder("pt-BR")).toEqual(["pt-BR", "pt", "en"]);
    expect(lookupOrder("en")).toEqual(["en"]);
  });

  it("has no category for a code Intl cannot read", () => {
    expect(pluralCategory("en", 1)).toBe("one");
    expect(pluralCategory("not a language", 1)).toBeNull();
  });
});

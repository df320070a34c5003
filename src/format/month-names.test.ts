import { describe, expect, it } from "vitest";
import { MONTH_WORDS } from "./month-names";

const intl = (locale: string, options: Intl.DateTimeFormatOptions, month: number) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(Date.UTC(2023, month - 1, 1)));

describe("month names written out", () => {
  for (const [locale, words] of Object.entries(MONTH_WORDS)) {
    it(`says every month in ${locale} as Intl.DateTimeFormat does`, () => {
      for (let month = 1; month <= 12; month += 1) {
        expect(words.long(month, 2023), `${locale} ${month}`).toBe(intl(locale, { month: "long", year: "numeric" }, month));
        expect(words.short(month, 2023), `${locale} ${month}`).toBe(intl(locale, { month: "short", year: "numeric" }, month));
        expect(words.shortAlone(month), `${locale} ${month}`).toBe(intl(locale, { month: "short" }, month));
      }
    });
  }
});

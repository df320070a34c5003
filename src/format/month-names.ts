/*
 * Month names for the interface's own languages, written out as CLDR has them (what
 * Intl.DateTimeFormat gives in Chromium and Node today; month-names.test.ts checks every month against
 * it). Why not Intl: the page's first Intl.DateTimeFormat loads the browser's calendar data, 20–40 ms of
 * main thread in a profile of the opening view on a slow machine, before the map can draw. Another
 * language falls back to Intl.
 */

export interface MonthWords {
  /** "May 2023" */
  long: (month: number, year: number) => string;
  /** "May 2023", abbreviated */
  short: (month: number, year: number) => string;
  /** "May", abbreviated */
  shortAlone: (month: number) => string;
}

const pick = (names: readonly string[], month: number) => names[month - 1] ?? String(month);

const EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const RU_LONG = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const RU_SHORT = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

/** By the locale `localeOf` gives for each of the interface's languages. */
export const MONTH_WORDS: Readonly<Record<string, MonthWords>> = {
  en: {
    long: (m, y) => `${pick(EN_LONG, m)} ${y}`,
    short: (m, y) => `${pick(EN_SHORT, m)} ${y}`,
    shortAlone: (m) => pick(EN_SHORT, m),
  },
  "zh-Hans": {
    long: (m, y) => `${y}年${m}月`,
    short: (m, y) => `${y}年${m}月`,
    shortAlone: (m) => `${m}月`,
  },
  ru: {
    long: (m, y) => `${pick(RU_LONG, m)} ${y} г.`,
    short: (m, y) => `${pick(RU_SHORT, m)} ${y} г.`,
    shortAlone: (m) => pick(RU_SHORT, m),
  },
};

import { monthOfYear, yearOf, type MonthIndex } from "../data/month";
import { currentLanguage, localeOf, t } from "../i18n/i18n";
import { dateTimeFormat } from "./intl-cache";
import { MONTH_WORDS } from "./month-names";

const toDate = (month: MonthIndex) => new Date(Date.UTC(yearOf(month), monthOfYear(month) - 1, 1));
const format = (month: MonthIndex, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(localeOf(currentLanguage()), { ...options, timeZone: "UTC" }).format(toDate(month));
const wordsFor = () => MONTH_WORDS[localeOf(currentLanguage())];

/** "May 2023", "2023年5月", "май 2023 г." */
export function formatMonthLong(month: MonthIndex): string {
  return wordsFor()?.long(monthOfYear(month), yearOf(month)) ?? format(month, { month: "long", year: "numeric" });
}

/** "May 2023", abbreviated month name */
export function formatMonthShort(month: MonthIndex): string {
  return wordsFor()?.short(monthOfYear(month), yearOf(month)) ?? format(month, { month: "short", year: "numeric" });
}

const formatMonthAlone = (month: MonthIndex) => wordsFor()?.shortAlone(monthOfYear(month)) ?? format(month, { month: "short" });

/** "Jan–May 2023", "2023年1月至5月", "Dec 2022–Feb 2023", "2023" for a whole year, or one month. */
export function formatMonthSpan(first: MonthIndex, last: MonthIndex): string {
  if (first === last) return formatMonthShort(first);
  if (yearOf(first) === yearOf(last)) {
    if (monthOfYear(first) === 1 && monthOfYear(last) === 12) return t("span.wholeYear", { year: yearOf(first) });
    return t("span.sameYear", { from: formatMonthAlone(first), to: formatMonthAlone(last), year: yearOf(first) });
  }
  return t("span.years", { from: formatMonthShort(first), to: formatMonthShort(last) });
}

/** A published date string (YYYY, YYYY-MM or YYYY-MM-DD) in words. */
export function formatPublishedDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y) return date;
  if (!m) return t("span.wholeYear", { year: y });
  return dateTimeFormat(localeOf(currentLanguage()), { ...(d ? { day: "numeric" as const } : {}), month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d ?? 1)),
  );
}

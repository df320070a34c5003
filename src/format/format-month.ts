import { monthOfYear, yearOf, type MonthIndex } from "../data/month";

const longMonth = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" });
const monthOnly = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" });

const toDate = (month: MonthIndex) => new Date(Date.UTC(yearOf(month), monthOfYear(month) - 1, 1));

/** "May 2023" */
export function formatMonthLong(month: MonthIndex): string {
  return longMonth.format(toDate(month));
}

/** "May 2023", abbreviated month name */
export function formatMonthShort(month: MonthIndex): string {
  return shortMonth.format(toDate(month));
}

/** "Jan–May 2023", "Dec 2022–Feb 2023", or one month. */
export function formatMonthSpan(first: MonthIndex, last: MonthIndex): string {
  if (first === last) return formatMonthShort(first);
  if (yearOf(first) === yearOf(last)) {
    if (monthOfYear(first) === 1 && monthOfYear(last) === 12) return String(yearOf(first));
    return `${monthOnly.format(toDate(first))}–${shortMonth.format(toDate(last))}`;
  }
  return `${formatMonthShort(first)}–${formatMonthShort(last)}`;
}

/** A published date string (YYYY, YYYY-MM, YYYY-MM-DD) in words. */
export function formatPublishedDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y) return date;
  if (!m) return String(y);
  const value = new Date(Date.UTC(y, m - 1, d ?? 1));
  return new Intl.DateTimeFormat("en", { day: d ? "numeric" : undefined, month: "short", year: "numeric", timeZone: "UTC" }).format(value);
}

/**
 * A month as a single integer (year * 12 + month - 1), so that month arithmetic is plain subtraction
 * and a month can index typed arrays.
 */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 1–12 */
export function monthOfYear(month: MonthIndex): number {
  return (month % 12) + 1;
}

export function januaryOf(month: MonthIndex): MonthIndex {
  return yearOf(month) * 12;
}

/** "2023-05" */
export function formatMonth(month: MonthIndex): string {
  return `${yearOf(month)}-${String(monthOfYear(month)).padStart(2, "0")}`;
}

/** A period bound as written in figures.csv: a month, or a day inside a month. */
export interface PeriodPoint {
  month: MonthIndex;
  /** Day of month when the source gives one ("as of 28 July"); absent for a whole month. */
  day?: number;
}

const PERIOD_POINT = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parsePeriodPoint(text: string): PeriodPoint | undefined {
  const match = PERIOD_POINT.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { month: monthIndex(year, month) };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { month: monthIndex(year, month), day };
}

export function monthRange(first: MonthIndex, last: MonthIndex): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = first; m <= last; m += 1) months.push(m);
  return months;
}

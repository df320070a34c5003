export type SortKey = "series" | "value" | "monthChange" | "yearChange";
export type SortDirection = "ascending" | "descending";

export interface SortableRow {
  title: string;
  /** Null when nothing can be drawn (the totals disagree) */
  value: number | null;
  monthChange: number | null;
  yearChange: number | null;
}

/**
 * Rows in the order the reader asked for. Rows without the sorted number (no comparable month, a
 * flagged value) always go last, whichever way the column is sorted: a gap is not a zero.
 */
export function sortRows<R extends SortableRow>(rows: readonly R[], key: SortKey, direction: SortDirection, locale: string): R[] {
  const sign = direction === "ascending" ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    if (key === "series") return sign * collator.compare(a.title, b.title);
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return collator.compare(a.title, b.title);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || collator.compare(a.title, b.title);
  });
}

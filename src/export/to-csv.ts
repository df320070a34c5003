import { stringify } from "csv-stringify/browser/esm/sync";
import { CSV_COLUMNS, type CsvRow } from "./csv-rows";

/**
 * RFC 4180 CSV with a header row; a byte-order mark so spreadsheet programs read it as UTF-8. A
 * cell from the package that starts like a formula (=, +, -, @) is quoted with an apostrophe, so a
 * spreadsheet shows it as text instead of running it (values here are never negative numbers).
 */
export function toCsv(rows: readonly CsvRow[]): string {
  return `\uFEFF${stringify(rows.map((r) => CSV_COLUMNS.map((c) => r[c])), { header: true, columns: [...CSV_COLUMNS], escape_formulas: true })}`;
}

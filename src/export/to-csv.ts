import { stringify } from "csv-stringify/browser/esm/sync";
import { CSV_COLUMNS, type CsvRow } from "./csv-rows";

/** RFC 4180 CSV with a header row; a byte-order mark so spreadsheet programs read it as UTF-8. */
export function toCsv(rows: readonly CsvRow[]): string {
  return `\uFEFF${stringify(rows.map((r) => CSV_COLUMNS.map((c) => r[c])), { header: true, columns: [...CSV_COLUMNS] })}`;
}

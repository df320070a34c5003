// The browser build: the same parser, with no Node built-ins, so it also runs in the package worker.
import { parse } from "csv-parse/browser/esm/sync";
import { otherDelimiter } from "./csv-delimiter";
import type { Problem } from "./problems";

/** One data row of a CSV file, keyed by header name, with the line it starts on. */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

const SAVE_AS_CSV = 'in Excel: Save As "CSV UTF-8 (Comma delimited)"; in LibreOffice: Save As "Text CSV" with field delimiter ","';

/**
 * The line each record starts on, counted as a text editor counts lines (CRLF, CR and LF each end
 * one). csv-parse gives the line a record ends on, but counts a Windows line break inside a quoted
 * cell as two lines: the count is corrected by every such break so far. Call it for every record, in order.
 */
function recordStartLines(): (endLine: number, raw: string) => number {
  let overCounted = 0;
  return (endLine, raw) => {
    // Blank lines before the record, and the one line end after it, are not part of it.
    const record = raw.replace(/^[\r\n]+/, "").replace(/(\r\n|\r|\n)$/, "");
    overCounted += record.match(/\r\n/g)?.length ?? 0;
    const innerBreaks = record.match(/\r\n|\r|\n/g)?.length ?? 0;
    return endLine - overCounted - innerBreaks;
  };
}

/**
 * Reads a CSV file into rows keyed by header, keeping each row's line number so every later problem
 * can be reported as file:line. A row with the wrong number of fields is reported and skipped; the
 * others are kept. A file saved with another separator is reported once, and nothing in it is read.
 */
export function parseCsv(file: string, text: string, requiredColumns: readonly string[]): CsvTable {
  const problems: Problem[] = [];
  // A file separated by semicolons or tabs is one problem of the file, not one per row and column.
  const delimiter = otherDelimiter(text, requiredColumns);
  if (delimiter) {
    problems.push({ file, line: 1, severity: "error", message: `${file} uses ${delimiter.name} between columns; save it as comma-separated CSV (${SAVE_AS_CSV}). Nothing in it was read.` });
    return { header: [], rows: [], problems };
  }
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // csv-parse's typings do not model the {record, info, raw} shape that info + raw produce.
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (error) {
    const line = typeof error === "object" && error !== null && "lines" in error ? Number(error.lines) : 0;
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ file, line, severity: "error", message: `cannot read CSV: ${message}` });
    return { header: [], rows: [], problems };
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    problems.push({ file, line: 1, severity: "error", message: "the file is empty: a header row is required" });
    return { header: [], rows: [], problems };
  }
  const header = headerRecord.record.map((name) => name.trim());
  const startLine = recordStartLines();
  const headerLine = startLine(headerRecord.info.lines, headerRecord.raw);
  for (const column of requiredColumns) {
    if (!header.includes(column)) {
      problems.push({ file, line: headerLine, severity: "error", message: `missing column "${column}"` });
    }
  }
  const rows: CsvRow[] = [];
  for (const { record, info, raw } of dataRecords) {
    const line = startLine(info.lines, raw);
    if (record.every((field) => field.trim() === "")) continue;
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        severity: "error",
        message: `row has ${record.length} fields but the header has ${header.length}; row skipped`,
      });
      continue;
    }
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      fields[name] = (record[i] ?? "").trim();
    });
    rows.push({ line, fields });
  }
  return { header, rows, problems };
}

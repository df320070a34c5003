import { withoutBom } from "./bom";

/** Separators spreadsheet programs write instead of commas: ';' where the comma is the decimal mark, tabs for "text". */
const OTHER_DELIMITERS = [
  { char: ";", name: "';'" },
  { char: "\t", name: "tabs" },
] as const;

export type OtherDelimiter = (typeof OTHER_DELIMITERS)[number];

/** The first line with anything on it, found without splitting the whole (possibly large) file. */
function headerLine(text: string): string {
  const clean = withoutBom(text);
  let start = 0;
  while (start < clean.length) {
    const end = clean.slice(start).search(/\r\n|\r|\n/);
    const line = end < 0 ? clean.slice(start) : clean.slice(start, start + end);
    if (line.trim() !== "") return line;
    if (end < 0) break;
    start += end + 1;
  }
  return "";
}

function cellsOf(line: string, separator: string): string[] {
  return line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());
}

/**
 * The separator a CSV file's header row uses when it is not the comma: the one that splits it into
 * more of the expected column names than the comma does (or, without expected names, into more cells).
 */
export function otherDelimiter(text: string, expectedColumns: readonly string[]): OtherDelimiter | undefined {
  const line = headerLine(text);
  const score = (cells: string[]) => (expectedColumns.length > 0 ? cells.filter((cell) => expectedColumns.includes(cell)).length : cells.length);
  const byComma = score(cellsOf(line, ","));
  return OTHER_DELIMITERS.find((d) => {
    const cells = cellsOf(line, d.char);
    return cells.length > 1 && score(cells) > byComma;
  });
}

import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

const nameArb = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
/** Cells with everything that needs quoting: commas, quotes, line breaks, leading and trailing spaces. */
const cellArb = fc.string({
  unit: fc.oneof({ weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) }, fc.constantFrom(",", '"', "\n", "\r\n", " ", ";", "\t")),
  maxLength: 12,
});

const tableArb = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 6 })
  .chain((header) => fc.tuple(fc.constant(header), fc.array(fc.array(cellArb, { minLength: header.length, maxLength: header.length }), { maxLength: 12 })));

const formArb = fc.record({ bom: fc.boolean(), crlf: fc.boolean(), quoted: fc.boolean() });

/** The CSV text for a header and rows, and the line each row starts on. */
function write(header: string[], rows: string[][], form: { bom: boolean; crlf: boolean; quoted: boolean }): { text: string; lines: number[] } {
  // Cells with a line break are quoted, as spreadsheet programs write them.
  const options = { quoted: form.quoted, quoted_match: /[\r\n]/, record_delimiter: form.crlf ? ("windows" as const) : ("unix" as const) };
  let text = (form.bom ? "\uFEFF" : "") + stringify([header], options);
  const lines: number[] = [];
  for (const row of rows) {
    lines.push(text.split(/\r\n|\r|\n/).length);
    text += stringify([row], options);
  }
  return { text, lines };
}

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === "");

describe("parseCsv", () => {
  it("reads back any table, each row at the line it starts on, whatever the quoting, line ends or byte-order mark", () => {
    fc.assert(
      fc.property(tableArb, formArb, ([header, rows], form) => {
        const { text, lines } = write(header, rows, form);
        const table = parseCsv("test.csv", text, header);
        expect(table.problems).toEqual([]);
        expect(table.header).toEqual(header);
        const expected = rows.flatMap((row, i) => (blank(row) ? [] : [{ line: lines[i], fields: Object.fromEntries(header.map((h, j) => [h, (row[j] ?? "").trim()])) }]));
        expect(table.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("reports every row with the wrong number of fields at its line, and keeps every other row", () => {
    const arb = tableArb.chain(([header, rows]) =>
      fc.tuple(fc.constant(header), fc.constant(rows), fc.array(fc.integer({ min: -1, max: 2 }).filter((d) => d !== 0), { minLength: rows.length, maxLength: rows.length }), fc.array(fc.boolean(), { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(arb, formArb, ([header, rows, changes, broken], form) => {
        // Some rows get a cell more or fewer (never none: an empty record is a blank line, and skipped).
        const written = rows.map((row, i) => {
          if (!broken[i]) return row;
          const change = changes[i] ?? 1;
          return change > 0 ? [...row, ...Array.from({ length: change }, () => "x")] : row.length > 1 ? row.slice(0, -1) : [...row, "x"];
        });
        const { text, lines } = write(header, written, form);
        const table = parseCsv("test.csv", text, header);
        const reported = new Set(table.problems.map((p) => p.line));
        const keptLines = new Set(table.rows.map((r) => r.line));
        written.forEach((row, i) => {
          const line = lines[i] ?? -1;
          // A row of empty cells is a blank line however many commas it has: skipped, not reported.
          if (blank(row)) return;
          if (row.length !== header.length) expect(reported.has(line), `line ${line} is reported`).toBe(true);
          else expect(keptLines.has(line), `line ${line} is kept`).toBe(true);
        });
        expect(table.problems.every((p) => p.message.includes("fields but the header has"))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("returns for any text at all, with every problem on a line of the file", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.uniqueArray(nameArb, { maxLength: 3 }), (text, required) => {
        const table = parseCsv("test.csv", text, required);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const p of table.problems) {
          expect(p.line).toBeGreaterThanOrEqual(0);
          expect(p.line).toBeLessThanOrEqual(lineCount);
        }
        for (const row of table.rows) expect(row.line).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

const linesOf = (text: string) => parseCsv("figures.csv", text, ["id", "note"]).rows.map((r) => [r.fields.id, r.line]);

describe("parseCsv counts lines as a text editor does", () => {
  it("numbers the rows after a cell with a Windows line break in a Windows file", () => {
    expect(linesOf('id,note\r\n1,"two\r\nlines"\r\n2,x\r\n')).toEqual([["1", 2], ["2", 4]]);
  });

  it("numbers the rows after a cell with a Windows line break in a Unix file", () => {
    expect(linesOf('id,note\n1,"two\r\nlines"\n2,x\n3,"and\r\nthree\r\nmore"\n4,y\n')).toEqual([["1", 2], ["2", 4], ["3", 5], ["4", 8]]);
  });

  it("counts blank lines before a row, and a row of only commas as blank", () => {
    expect(linesOf("id,note\n\n\n1,x\n,\n2,y\n")).toEqual([["1", 4], ["2", 6]]);
  });
});

describe("parseCsv reports a file saved with another separator once", () => {
  it("names the semicolons and reads nothing", () => {
    const table = parseCsv("sources.csv", "id;note\nS1;x\nS2;y\n", ["id", "note"]);
    expect(table.rows).toEqual([]);
    expect(table.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `sources.csv:1: sources.csv uses ';' between columns; save it as comma-separated CSV (in Excel: Save As "CSV UTF-8 (Comma delimited)"; in LibreOffice: Save As "Text CSV" with field delimiter ","). Nothing in it was read.`,
    ]);
  });

  it("does so even when its quotes would stop a comma-separated reading", () => {
    const table = parseCsv("sources.csv", 'id;note\nS1;"a, b";x\n', ["id", "note"]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.message).toMatch(/^sources\.csv uses ';' between columns/);
  });
});

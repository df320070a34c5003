import { describe, expect, it } from "vitest";
import { otherDelimiter } from "./csv-delimiter";

const COLUMNS = ["id", "outlet", "title", "date"];

describe("otherDelimiter", () => {
  it("finds the semicolons a spreadsheet program set to a European language writes", () => {
    expect(otherDelimiter("id;outlet;title;date\nS1;Xinhua;Trade, up;2024\n", COLUMNS)?.char).toBe(";");
  });

  it("finds tabs, and quoted header names", () => {
    expect(otherDelimiter('"id"\t"outlet"\t"title"\t"date"\n', COLUMNS)?.char).toBe("\t");
  });

  it("looks past a byte-order mark and blank lines to the header", () => {
    expect(otherDelimiter("\uFEFF\n\nid;outlet;title;date\n", COLUMNS)?.char).toBe(";");
  });

  it("leaves a comma-separated file alone, semicolons inside its cells included", () => {
    expect(otherDelimiter("id,outlet,title,date\nS1,Xinhua,\"a; b\",2024\n", COLUMNS)).toBeUndefined();
  });

  it("leaves alone a header that has a semicolon in one name but is split by commas", () => {
    expect(otherDelimiter("id,outlet,title;subtitle,date\n", COLUMNS)).toBeUndefined();
  });

  it("without expected names, goes by the number of cells", () => {
    expect(otherDelimiter("a;b;c\n", [])?.char).toBe(";");
    expect(otherDelimiter("a,b;c\n", [])).toBeUndefined();
  });
});

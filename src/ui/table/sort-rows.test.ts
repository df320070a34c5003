import { describe, expect, it } from "vitest";
import { sortRows, type SortableRow } from "./sort-rows";

const row = (title: string, value: number | null, monthChange: number | null = null): SortableRow => ({ title, value, monthChange, yearChange: null });
const rows = [row("Horgos", 30, 5), row("Alashankou", 50, -2), row("Baktu", null), row("Dulata", 10)];
const titles = (list: SortableRow[]) => list.map((r) => r.title);

describe("sorting the table", () => {
  it("puts the largest value first when sorted by value, descending", () => {
    expect(titles(sortRows(rows, "value", "descending", "en"))).toEqual(["Alashankou", "Horgos", "Dulata", "Baktu"]);
  });
  it("keeps rows without a value last in both directions", () => {
    expect(titles(sortRows(rows, "value", "ascending", "en"))).toEqual(["Dulata", "Horgos", "Alashankou", "Baktu"]);
  });
  it("sorts changes with the gaps last, not as zero", () => {
    expect(titles(sortRows(rows, "monthChange", "ascending", "en"))).toEqual(["Alashankou", "Horgos", "Baktu", "Dulata"]);
  });
  it("sorts names in the reader's language", () => {
    expect(titles(sortRows(rows, "series", "ascending", "en"))).toEqual(["Alashankou", "Baktu", "Dulata", "Horgos"]);
  });
});

import { describe, expect, it } from "vitest";
import { readJson } from "./read-json";

describe("readJson", () => {
  it("reads a file that starts with a byte-order mark", () => {
    const read = readJson("dataset.json", '\uFEFF{ "id": "x" }');
    expect(read.ok && read.value).toEqual({ id: "x" });
  });

  it("keeps line numbers after a byte-order mark", () => {
    const read = readJson("geo/places.geojson", '\uFEFF{\n  "features": [\n    { "id": 1 }\n  ]\n}');
    expect(read.locator.lineOf(["features", 0, "id"])).toBe(3);
  });

  it("reports a syntax error at its line instead of throwing", () => {
    const read = readJson("dataset.json", '{\n  "id": "x"\n  "title": {}\n}');
    expect(read.ok ? [] : read.problems).toEqual([{ file: "dataset.json", line: 3, severity: "error", message: "invalid JSON (CommaExpected)" }]);
  });

  it("reports an empty file as invalid JSON", () => {
    const read = readJson("dataset.json", "");
    expect(read.ok).toBe(false);
  });
});

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { gzipTotal, serialize, writeWithinBudget } from "./sizes";

describe("writeWithinBudget", () => {
  it("writes the files and removes the .geojson an earlier build left behind", () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const dir = mkdtempSync(join(tmpdir(), "basemap-"));
    writeFileSync(join(dir, "coastlines.geojson"), "{}");
    writeFileSync(join(dir, "README.txt"), "kept");
    const files = serialize([["a.geojson", { type: "FeatureCollection", features: [] }]]);
    writeWithinBudget(dir, files);
    expect(JSON.parse(readFileSync(join(dir, "a.geojson"), "utf8"))).toEqual({ type: "FeatureCollection", features: [] });
    expect(existsSync(join(dir, "coastlines.geojson"))).toBe(false);
    expect(existsSync(join(dir, "README.txt"))).toBe(true);
    expect(gzipTotal(files)).toBe(files[0]?.gzip);
  });

  it("fails above the budget", () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const dir = mkdtempSync(join(tmpdir(), "basemap-"));
    // Random digits do not compress: ~400 kB of them is far over 160 kB gzip.
    let seed = 1;
    const noise = Array.from({ length: 100_000 }, () => (seed = (seed * 16807) % 2147483647) % 10000);
    expect(() => writeWithinBudget(dir, serialize([["big.geojson", noise]]))).toThrow(/over the 160.0 kB budget/);
  });
});

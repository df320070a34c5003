import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compressedSizes, fileSizes, firstViewFiles, isCode, requestedFile, total } from "./bundle-sizes";

const text = new TextEncoder().encode("const a = 1;\n".repeat(500));

describe("compressedSizes", () => {
  it("measures raw, gzip and brotli bytes", () => {
    const sizes = compressedSizes(text);
    expect(sizes.raw).toBe(text.length);
    expect(sizes.gzip).toBeLessThan(sizes.raw / 10);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
  });
});

describe("fileSizes", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-sizes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("sizes every file under the folder with / paths, leaving out the .br and .gz copies", () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    writeFileSync(join(dir, "assets", "app.js"), text);
    writeFileSync(join(dir, "assets", "app.js.br"), "x");
    writeFileSync(join(dir, "assets", "app.js.gz"), "x");
    const sizes = fileSizes(dir);
    expect(sizes.map((s) => s.file)).toEqual(["assets/app.js", "index.html"]);
    expect(sizes[0]).toMatchObject({ raw: text.length });
  });
});

describe("requestedFile", () => {
  it("maps request paths to site files", () => {
    expect(requestedFile("/")).toBe("index.html");
    expect(requestedFile("/sub/")).toBe("sub/index.html");
    expect(requestedFile("/assets/a.js?v=1")).toBe("assets/a.js");
    expect(requestedFile("/basemap/a%20b.geojson")).toBe("basemap/a b.geojson");
    expect(requestedFile("/bad%E0%A4%A.js")).toBe("bad%E0%A4%A.js");
  });
});

describe("firstViewFiles", () => {
  const sizes = [
    { file: "index.html", raw: 10, gzip: 5, brotli: 4 },
    { file: "assets/app.js", raw: 100, gzip: 30, brotli: 25 },
    { file: "assets/lazy.js", raw: 100, gzip: 30, brotli: 25 },
    { file: "data/corridors.json", raw: 50, gzip: 10, brotli: 8 },
  ];

  it("keeps the files the page requested, each once", () => {
    const first = firstViewFiles(sizes, ["/", "/assets/app.js", "/assets/app.js", "/data/corridors.json", "/favicon.ico"]);
    expect(first.map((s) => s.file)).toEqual(["index.html", "assets/app.js", "data/corridors.json"]);
    expect(total(first.filter(isCode))).toEqual({ raw: 110, gzip: 35, brotli: 29 });
    expect(total(first.filter((s) => !isCode(s)))).toEqual({ raw: 50, gzip: 10, brotli: 8 });
  });
});

describe("isCode", () => {
  it("counts scripts, module workers, styles and pages as code", () => {
    expect(["a.js", "w.mjs", "s.css", "index.html"].every((file) => isCode({ file }))).toBe(true);
    expect(["d.json", "b.geojson", "f.woff2"].some((file) => isCode({ file }))).toBe(false);
  });
});

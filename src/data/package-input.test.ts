import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { filesFromZip, packageFromFiles, PACKAGE_SIZE_LIMIT_BYTES } from "./package-input";

const file = (path: string, text: string) => ({ path, bytes: strToU8(text) });

describe("packageFromFiles", () => {
  it("matches files to the package's parts by path or name, in any folder", () => {
    const { texts, ignored } = packageFromFiles([file("pkg/dataset.json", "{}"), file("pkg/geo/places.geojson", "[]"), file("figures.csv", "id"), file("pkg/README.md", "#")]);
    expect(Object.keys(texts).sort()).toEqual(["dataset", "figures", "places"]);
    expect(ignored).toEqual(["pkg/README.md"]);
  });

  it("drops a byte-order mark, as spreadsheet programs write one", () => {
    expect(packageFromFiles([file("dataset.json", "\uFEFF{}")]).texts.dataset).toBe("{}");
  });

  it("refuses a package over the size limit, saying so", () => {
    const big = { path: "figures.csv", bytes: new Uint8Array(PACKAGE_SIZE_LIMIT_BYTES + 1) };
    const { texts, problems } = packageFromFiles([big]);
    expect(texts).toEqual({});
    expect(problems[0]?.message).toMatch(/up to 40 MB/);
  });
});

describe("filesFromZip", () => {
  it("reads a zip with a folder around the files, and skips the Mac's leftovers", () => {
    const zip = zipSync({ "pkg/dataset.json": strToU8("{}"), "pkg/sources.csv": strToU8("id"), "__MACOSX/pkg/._dataset.json": strToU8("x") });
    const { texts, ignored } = packageFromFiles(filesFromZip(zip));
    expect(Object.keys(texts).sort()).toEqual(["dataset", "sources"]);
    expect(ignored).toEqual([]);
  });
});

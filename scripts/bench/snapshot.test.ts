import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { referencedAssets, snapshotBuild } from "./snapshot";

describe("referencedAssets", () => {
  it("lists the relative files a built page loads, not data: or other-origin URLs", () => {
    const html = `<link rel="icon" href="data:,"><script type="module" crossorigin src="./assets/index-a1.js"></script>
      <link rel="stylesheet" href="./assets/index-b2.css?v=1"><a href="https://example.org/x.js">x</a><a href="#top">top</a><link href="/abs.css">`;
    expect(referencedAssets(html)).toEqual(["assets/index-a1.js", "assets/index-b2.css"]);
  });
});

describe("snapshotBuild", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-snapshot-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const build = join(root, "dist");
  const copy = join(root, "copy");
  mkdirSync(join(build, "assets"), { recursive: true });
  writeFileSync(join(build, "index.html"), `<script src="./assets/app.js"></script>`);

  it("copies a whole build", () => {
    writeFileSync(join(build, "assets", "app.js"), "1");
    snapshotBuild(build, copy);
    expect(readFileSync(join(copy, "assets", "app.js"), "utf8")).toBe("1");
  });

  it("refuses a build whose page loads a file that is not there", () => {
    rmSync(join(build, "assets", "app.js"));
    expect(() => snapshotBuild(build, copy)).toThrow(/assets\/app\.js missing/);
  });
});

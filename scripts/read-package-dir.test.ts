import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPackage } from "../src/data/check-package";
import { PACKAGE_FILES } from "../src/data/package-files";
import { formatProblem } from "../src/data/problems";
import { readPackageDir } from "./read-package-dir";

const EXAMPLE = join(__dirname, "..", "examples", "minimal");
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("readPackageDir", () => {
  it("reads a package whose files were saved with a byte-order mark, and the check accepts it as it is", () => {
    const dir = mkdtempSync(join(tmpdir(), "bom-package-"));
    made.push(dir);
    for (const path of Object.values(PACKAGE_FILES)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `\uFEFF${readFileSync(join(EXAMPLE, path), "utf8")}`);
    }
    const result = checkPackage(readPackageDir(dir));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.compiled?.figures).toHaveLength(3);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_FILES, type PackageFileKey, type PackageTexts } from "../src/data/package-files";

/** Reads whichever package files exist in a folder; missing required files are reported by the checker. */
export function readPackageDir(dir: string): PackageTexts {
  const texts: PackageTexts = {};
  for (const [key, path] of Object.entries(PACKAGE_FILES) as [PackageFileKey, string][]) {
    const full = join(dir, path);
    if (existsSync(full)) texts[key] = readFileSync(full, "utf8");
  }
  return texts;
}

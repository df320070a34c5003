import { strFromU8, unzipSync } from "fflate";
import { withoutBom } from "./bom";
import { PACKAGE_FILES, type PackageFileKey, type PackageTexts } from "./package-files";
import type { Problem } from "./problems";

/**
 * A package can arrive as loose files (a file picker, a drop), as a zip, or by URL. Whatever the
 * route, it ends as PackageTexts for the same checker `npm run data:check` runs.
 */
export interface InputFile {
  /** The file's path as the browser or the zip gives it: "figures.csv", "my-package/geo/places.geojson" */
  path: string;
  bytes: Uint8Array;
}

/** Larger packages are refused before anything is parsed: the browser would struggle, and so would readers. */
export const PACKAGE_SIZE_LIMIT_BYTES = 40 * 1024 * 1024;

const BY_NAME: ReadonlyMap<string, PackageFileKey> = new Map(
  (Object.entries(PACKAGE_FILES) as [PackageFileKey, string][]).flatMap(([key, path]) => {
    const name = path.split("/").pop() ?? path;
    return [[path, key], [name, key]] as [string, PackageFileKey][];
  }),
);

export interface PackageInput {
  texts: PackageTexts;
  /** Files that are not part of the format: named in the report, not silently ignored */
  ignored: string[];
  problems: Problem[];
}

/** Text with a byte-order mark removed: spreadsheet programs write one, and it is not part of the data. */
export function decodeText(bytes: Uint8Array): string {
  return withoutBom(strFromU8(bytes));
}

/** Matches files to the package's parts by their path or name, whatever folder they came in. */
export function packageFromFiles(files: readonly InputFile[]): PackageInput {
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (total > PACKAGE_SIZE_LIMIT_BYTES) {
    return {
      texts: {},
      ignored: [],
      problems: [{ file: "(package)", line: 0, severity: "error", message: `the package is ${(total / 1048576).toFixed(1)} MB; the explorer opens packages of up to ${PACKAGE_SIZE_LIMIT_BYTES / 1048576} MB of text. Split it, or drop figures the map does not need.` }],
    };
  }
  const texts: PackageTexts = {};
  const ignored: string[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const clean = file.path.replace(/\\/g, "/").replace(/^\.?\//, "");
    if (clean.endsWith("/") || clean.split("/").some((part) => part.startsWith(".") || part === "__MACOSX")) continue;
    const parts = clean.split("/");
    const key = BY_NAME.get(parts.slice(-2).join("/")) ?? BY_NAME.get(parts[parts.length - 1] ?? "");
    if (!key) {
      ignored.push(clean);
      continue;
    }
    if (texts[key] !== undefined) {
      problems.push({ file: PACKAGE_FILES[key], line: 0, severity: "warning", message: `two files named ${PACKAGE_FILES[key]} in the package; the second (${clean}) is ignored` });
      continue;
    }
    texts[key] = decodeText(file.bytes);
  }
  return { texts, ignored, problems };
}

/** The files inside a zip (with or without a folder around them). */
export function filesFromZip(bytes: Uint8Array): InputFile[] {
  const entries = unzipSync(bytes);
  return Object.entries(entries).map(([path, data]) => ({ path, bytes: data }));
}

/** Rows and features the checker dropped: every error stands for one. */
export function rejectedCount(problems: readonly Problem[]): number {
  return new Set(problems.filter((p) => p.severity === "error").map((p) => `${p.file}:${p.line}`)).size;
}

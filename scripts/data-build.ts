/**
 * npm run data:build [-- <dir> [out]] — checks a package folder (default: data) and writes the
 * compiled file the explorer loads (default: public/data/corridors.json), in the compact format.
 * Refuses to write when the package has errors, so a broken package never reaches the app.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { checkPackage } from "../src/data/check-package";
import { encodeCompiled } from "../src/data/compact/compiled-format";
import { formatProblem } from "../src/data/problems";
import { readPackageDir } from "./read-package-dir";

const dir = resolve(process.argv[2] ?? "data");
const out = resolve(process.argv[3] ?? "public/data/corridors.json");
const shown = relative(process.cwd(), dir) || ".";
const result = checkPackage(readPackageDir(dir));
if (!result.ok || !result.compiled) {
  result.problems.filter((p) => p.severity === "error").forEach((p) => console.error(formatProblem({ ...p, file: `${shown}/${p.file}` })));
  console.error(`data:build: ${shown} has errors; run npm run data:check -- ${shown} for the full list`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(encodeCompiled(result.compiled));
writeFileSync(out, json);
console.log(`data:build: ${shown} → ${relative(process.cwd(), out)} (${(json.length / 1024).toFixed(1)} kB, ${result.compiled.series.length} series)`);

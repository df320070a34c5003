/**
 * npm run data:build — checks the package and writes the compiled file the explorer loads.
 * Refuses to write when the package has errors, so a broken package never reaches the app.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkPackage } from "../src/data/check-package";
import { formatProblem } from "../src/data/problems";
import { readPackageDir } from "./read-package-dir";

const dir = resolve(process.argv[2] ?? "data");
const out = resolve(process.argv[3] ?? "public/data/corridors.json");
const result = checkPackage(readPackageDir(dir));
if (!result.ok || !result.compiled) {
  result.problems.filter((p) => p.severity === "error").forEach((p) => console.error(formatProblem(p)));
  console.error(`data:build: ${dir} has errors; run npm run data:check for the full list`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(result.compiled);
writeFileSync(out, json);
console.log(`data:build: wrote ${out} (${(json.length / 1024).toFixed(1)} kB, ${result.compiled.series.length} series)`);

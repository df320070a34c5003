/**
 * npm run data:check [dir] — validates a data package and prints every problem as file:line: message.
 * Exits 1 when there is any error (warnings alone pass).
 */
import { relative, resolve } from "node:path";
import { checkPackage } from "../src/data/check-package";
import { formatProblem } from "../src/data/problems";
import { readPackageDir } from "./read-package-dir";

const dir = resolve(process.argv[2] ?? "data");
const result = checkPackage(readPackageDir(dir));
const shown = relative(process.cwd(), dir) || ".";
for (const problem of result.problems) {
  console.log(formatProblem({ ...problem, file: `${shown}/${problem.file}` }));
}
const errors = result.problems.filter((p) => p.severity === "error").length;
const warnings = result.problems.filter((p) => p.severity === "warning").length;
const c = result.compiled;
const summary = c
  ? `${c.places.length} places, ${c.zones.length} zones, ${c.routes.length} routes, ${c.sources.length} sources, ${c.figures.length} figures → ${c.series.length} series`
  : "not compiled";
console.log(`${shown}: ${errors} error(s), ${warnings} warning(s); ${summary}`);
process.exit(result.ok ? 0 : 1);

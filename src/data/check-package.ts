import { compilePackage } from "./compile";
import { fallbackDataset } from "./fallback-dataset";
import { loadPackage } from "./load-package";
import type { CompiledPackage } from "./model";
import { PACKAGE_FILES, type PackageTexts } from "./package-files";
import { hasErrors, sortProblems, type Problem } from "./problems";
import { checkImportDirections } from "./validate-directions";
import { validateReferences } from "./validate-references";
import { validateVocabulary } from "./validate-vocabulary";

export interface CheckResult {
  problems: Problem[];
  /** What is valid, compiled: also when dataset.json is broken (its metrics are then guessed from the figures). */
  compiled?: CompiledPackage;
  /** No errors at all: the package may be built and published as it is. */
  ok: boolean;
}

/** Where the check is, for a progress bar: four steps, the last the slowest on big packages. */
export type CheckStage = "parsing" | "references" | "months" | "checks";
export type CheckProgress = (stage: CheckStage, done: number) => void;

/**
 * The whole pipeline on text inputs: parse, validate vocabulary and references, normalize, and
 * report consistency checks and conflicts as warnings. Pure: the CLI reads files, the browser reads
 * a drop, a zip or a URL, and both run this same function (the browser in a Web Worker).
 */
export function checkPackage(texts: PackageTexts, onProgress: CheckProgress = () => undefined): CheckResult {
  onProgress("parsing", 0);
  const { loaded: parsed, problems } = loadPackage(texts);
  onProgress("references", 0.35);
  const { loaded, problems: vocabularyProblems } = validateVocabulary(parsed);
  const { valid, problems: referenceProblems } = validateReferences(loaded);
  // Loops, not push(...list): a big package has more problems than a call can take arguments.
  for (const list of [vocabularyProblems, referenceProblems, checkImportDirections(valid.figures, valid.places)]) for (const item of list) problems.push(item);
  if (texts.figures !== undefined && valid.figures.length === 0 && loaded.figures.length === 0 && !problems.some((p) => p.file === PACKAGE_FILES.figures)) {
    problems.push({ file: PACKAGE_FILES.figures, line: 0, severity: "warning", message: "figures.csv has no figures: the map will have nothing to draw" });
  }
  onProgress("months", 0.55);
  // A broken dataset.json must not hide the figures' own problems: go on with what the figures say.
  const dataset = valid.dataset ?? fallbackDataset(valid.figures.map((f) => f.value));
  const compiled = compilePackage({ ...valid, dataset });
  onProgress("checks", 0.9);
  const lineOfFigure = new Map(valid.figures.map((f) => [f.value.id, f.line]));
  const lineOf = (ids: readonly string[]) => ids.reduce((max, id) => Math.max(max, lineOfFigure.get(id) ?? 0), 0);
  for (const check of compiled.checks) {
    if (!check.ok) problems.push({ file: PACKAGE_FILES.figures, line: lineOf(check.figureIds), severity: "warning", message: `consistency: ${check.message}` });
  }
  for (const conflict of compiled.conflicts) {
    problems.push({ file: PACKAGE_FILES.figures, line: lineOf(conflict.values.flatMap((v) => v.figureIds)), severity: "warning", message: `conflict: ${conflict.message}` });
  }
  onProgress("checks", 1);
  return { problems: sortProblems(problems), compiled, ok: !hasErrors(problems) };
}

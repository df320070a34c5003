import { compilePackage } from "./compile";
import { loadPackage } from "./load-package";
import type { CompiledPackage } from "./model";
import { PACKAGE_FILES, type PackageTexts } from "./package-files";
import { hasErrors, sortProblems, type Problem } from "./problems";
import { validateReferences } from "./validate-references";
import { validateVocabulary } from "./validate-vocabulary";

export interface CheckResult {
  problems: Problem[];
  /** Present unless an error prevents compiling (no valid dataset.json). */
  compiled?: CompiledPackage;
  ok: boolean;
}

/**
 * The whole pipeline on text inputs: parse, validate references, normalize, and report consistency
 * checks that fail as warnings. Pure: the CLI reads files, the browser will fetch them.
 */
export function checkPackage(texts: PackageTexts): CheckResult {
  const { loaded: parsed, problems } = loadPackage(texts);
  const { loaded, problems: vocabularyProblems } = validateVocabulary(parsed);
  const { valid, problems: referenceProblems } = validateReferences(loaded);
  problems.push(...vocabularyProblems, ...referenceProblems);
  const dataset = valid.dataset;
  if (!dataset) return { problems: sortProblems(problems), ok: false };
  const compiled = compilePackage({ ...valid, dataset });
  const lineOfFigure = new Map(valid.figures.map((f) => [f.value.id, f.line]));
  for (const check of compiled.checks) {
    if (check.ok) continue;
    const line = Math.max(...check.figureIds.map((id) => lineOfFigure.get(id) ?? 0));
    problems.push({ file: PACKAGE_FILES.figures, line, severity: "warning", message: `consistency: ${check.message}` });
  }
  for (const conflict of compiled.conflicts) {
    const line = Math.max(...conflict.values.flatMap((v) => v.figureIds).map((id) => lineOfFigure.get(id) ?? 0));
    problems.push({ file: PACKAGE_FILES.figures, line, severity: "warning", message: `conflict: ${conflict.message}` });
  }
  return { problems: sortProblems(problems), compiled, ok: !hasErrors(problems) };
}

/** An error drops the row or feature; a warning keeps it; a note only tells the editor something worth knowing. */
export type Severity = "error" | "warning" | "note";

/** One thing wrong with a data package, located as precisely as the file allows. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  severity: Severity;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const tag = problem.severity === "error" ? "" : `${problem.severity}: `;
  return `${where}: ${tag}${problem.message}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === "error" ? 0 : p.severity === "warning" ? 1 : 2);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

import type { z } from "zod";

/** Human wording of one schema issue: "value: value "1,5" is not a plain number". */
export function describeIssue(issue: z.core.$ZodIssue, prefixPath = true): string {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  const field = path.length > 0 ? path.join(".") : "";
  const message = issue.code === "invalid_type" && issue.input === undefined && field ? `${field} is required` : issue.message;
  return prefixPath && field && !message.startsWith(field) ? `${field}: ${message}` : message;
}

import { withoutBom } from "./bom";
import { JsonLocator } from "./locate-json";
import type { Problem } from "./problems";

export type JsonText =
  | { ok: true; value: unknown; locator: JsonLocator }
  | { ok: false; problems: Problem[]; locator: JsonLocator };

/**
 * Reads a JSON file as a data editor saved it: a byte-order mark is dropped (it is not part of the
 * data), and a syntax error is reported at its line instead of thrown.
 */
export function readJson(file: string, text: string): JsonText {
  const clean = withoutBom(text);
  const locator = new JsonLocator(clean);
  const invalid = (line: number, message: string): JsonText => ({
    ok: false,
    problems: [{ file, line, severity: "error", message: `invalid JSON (${message})` }],
    locator,
  });
  if (locator.syntaxErrors.length > 0) {
    return { ok: false, problems: locator.syntaxErrors.map((e) => ({ file, line: e.line, severity: "error", message: `invalid JSON (${e.message})` })), locator };
  }
  try {
    return { ok: true, value: JSON.parse(clean) as unknown, locator };
  } catch (error) {
    // The locator's parser and JSON.parse agree on what is JSON; should they ever not, this is reported, not thrown.
    return invalid(1, error instanceof Error ? error.message : String(error));
  }
}

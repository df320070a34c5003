/**
 * A byte-order mark at the start of a text file, as spreadsheet programs and some editors write one.
 * It is not part of the data, and JSON parsers refuse it: every loader removes it first.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

import { findNodeAtLocation, parseTree, type Node, type ParseError, printParseErrorCode } from "jsonc-parser";

export type JsonPath = readonly (string | number)[];

/**
 * Finds the line of any path inside a JSON text, so that a schema error about
 * features[12].geometry.coordinates[0] can be reported as places.geojson:214.
 */
export class JsonLocator {
  private readonly lineStarts: number[] = [0];
  private readonly root: Node | undefined;
  readonly syntaxErrors: { line: number; message: string }[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i += 1) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    for (const error of errors) {
      this.syntaxErrors.push({ line: this.lineOfOffset(error.offset), message: printParseErrorCode(error.error) });
    }
  }

  lineOfOffset(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The line of the deepest existing node on the path (a missing property is reported at its object). */
  lineOf(path: JsonPath): number {
    if (!this.root) return 1;
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = findNodeAtLocation(this.root, [...path.slice(0, depth)]);
      if (node) {
        // For a property value, point at the property's key line rather than where its value starts.
        const anchor = node.parent?.type === "property" ? node.parent : node;
        return this.lineOfOffset(anchor.offset);
      }
    }
    return 1;
  }
}

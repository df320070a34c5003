import type { Plugin, Rolldown } from "vite";

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/*
 * Asks V8 to compile every function of the first view's chunks as they download, on a background
 * thread, instead of compiling each one on the main thread the first time it is called. Chrome (136
 * and later) reads it from a comment on a script's first line ("explicit compile hints"); every other
 * engine sees a comment. The first view calls most of this code anyway: the app's start, React's
 * first render, MapLibre's map and deck.gl's arcs. In 34 interleaved pairs of loads on the build
 * machine it took 65–91 ms of CPU and 81–118 ms of busy time off the main thread before the map is
 * idle; the price is compiling functions that are never called, off the main thread, and their
 * bytecode (1.8 MB more JS heap).
 * Chunks loaded later (the share dialog, exports, the package checker, other languages) keep V8's
 * lazy compilation.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const isChunk = (output: OutputBundle[string] | undefined): output is OutputChunk => output?.type === "chunk";

/**
 * The file names of the chunks the first view runs: the entries, the chunks whose facade module is
 * one of `eagerModules` (the map, imported at once by the entry rather than on demand), and
 * everything those import statically.
 */
export function firstViewChunks(bundle: OutputBundle, eagerModules: readonly RegExp[]): string[] {
  const chosen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!isChunk(chunk) || chosen.has(fileName)) return;
    chosen.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const [fileName, output] of Object.entries(bundle)) {
    if (!isChunk(output)) continue;
    const facade = output.facadeModuleId ?? "";
    if (output.isEntry || eagerModules.some((pattern) => pattern.test(facade))) visit(fileName);
  }
  return [...chosen].sort();
}

export function compileHints(options: { eagerModules: readonly RegExp[] }): Plugin {
  return {
    name: "trade-corridors:compile-hints",
    apply: "build",
    // Last: Vite's own plugins still rewrite the entry chunk in this hook (its preload helper).
    generateBundle: {
      order: "post",
      handler(_output, bundle) {
        for (const fileName of firstViewChunks(bundle, options.eagerModules)) {
          const chunk = bundle[fileName];
          if (!isChunk(chunk) || chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: a source map's lines move down with it.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}

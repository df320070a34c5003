import { describe, expect, it } from "vitest";
import type { Rolldown } from "vite";
import { compileHints, COMPILE_HINT, firstViewChunks } from "./compile-hints";

type Bundle = Rolldown.OutputBundle;

const chunk = (fileName: string, options: { isEntry?: boolean; facade?: string; imports?: string[] } = {}) =>
  ({ type: "chunk", fileName, code: `// ${fileName}`, isEntry: options.isEntry ?? false, facadeModuleId: options.facade ?? null, imports: options.imports ?? [], map: null }) as unknown as Rolldown.OutputChunk;

function bundleOf(...chunks: Rolldown.OutputChunk[]): Bundle {
  const bundle: Record<string, unknown> = { "assets/index.css": { type: "asset", fileName: "assets/index.css", source: "" } };
  for (const c of chunks) bundle[c.fileName] = c;
  return bundle as Bundle;
}

const site = () =>
  bundleOf(
    chunk("index.js", { isEntry: true, facade: "/app/index.html", imports: ["summary.js"] }),
    chunk("summary.js"),
    chunk("MapView.js", { facade: "/app/src/map/MapView.tsx", imports: ["registry.js"] }),
    chunk("registry.js"),
    chunk("ShareDialog.js", { facade: "/app/src/ui/share/ShareDialog.tsx", imports: ["summary.js"] }),
    chunk("ru.js", { facade: "/app/src/i18n/ru.ts" }),
  );

describe("firstViewChunks", () => {
  it("takes the entry, the map's chunk and what they import, and leaves the chunks loaded on demand", () => {
    expect(firstViewChunks(site(), [/\/src\/map\/MapView\.tsx$/])).toEqual(["MapView.js", "index.js", "registry.js", "summary.js"]);
  });

  it("takes only the entry's chunks when no module is named eager", () => {
    expect(firstViewChunks(site(), [])).toEqual(["index.js", "summary.js"]);
  });
});

describe("the compile-hints plugin", () => {
  it("puts the hint on the first line of the first view's chunks once, and on no other", () => {
    const bundle = site();
    const plugin = compileHints({ eagerModules: [/\/src\/map\/MapView\.tsx$/] });
    const hook = plugin.generateBundle;
    const handler = typeof hook === "function" ? hook : hook?.handler;
    if (!handler) throw new Error("the plugin has no generateBundle hook");
    const run = () => (handler as (this: unknown, output: unknown, bundle: Bundle, isWrite: boolean) => void).call({}, {}, bundle, true);
    run();
    run();
    const code = (name: string) => (bundle[name] as Rolldown.OutputChunk).code;
    expect(code("MapView.js")).toBe(`${COMPILE_HINT}// MapView.js`);
    expect(code("index.js").startsWith(COMPILE_HINT)).toBe(true);
    expect(code("ShareDialog.js")).toBe("// ShareDialog.js");
    expect(code("ru.js")).toBe("// ru.js");
  });
});

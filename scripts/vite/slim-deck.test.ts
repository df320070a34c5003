import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseAst } from "vite";
import { describe, expect, it } from "vitest";
import { BODY_STUBS, blankWgsl, FILE_STUBS, IMPORT_STUBS, stubBodies } from "./slim-deck";

const ROOT = join(import.meta.dirname, "../..");
const NODE_MODULES = join(ROOT, "node_modules");

interface AstNode {
  type: string;
  [key: string]: unknown;
}

const nameOf = (node: unknown): string => {
  const n = node as { name?: string; value?: string } | null;
  return n?.name ?? n?.value ?? "";
};

/** The names a module exports ("default" included). */
function exportsOf(code: string): string[] {
  const names: string[] = [];
  for (const node of (parseAst(code, { lang: "js" }) as unknown as { body: AstNode[] }).body) {
    if (node.type === "ExportDefaultDeclaration") names.push("default");
    if (node.type !== "ExportNamedDeclaration") continue;
    const declaration = node.declaration as AstNode | null;
    if (declaration?.type === "VariableDeclaration") for (const d of declaration.declarations as AstNode[]) names.push(nameOf(d.id));
    else if (declaration) names.push(nameOf(declaration.id));
    for (const s of (node.specifiers as AstNode[] | undefined) ?? []) names.push(nameOf(s.exported));
  }
  return names.sort();
}

/** What deck.gl's own files take from a package: imported and re-exported names. */
function namesDeckTakesFrom(specifier: string): string[] {
  const names = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : /\.js$/.test(name) && !/^dist\.(dev|min)\.js$/.test(name) ? [full] : [];
    });
  for (const pkg of readdirSync(join(NODE_MODULES, "@deck.gl"))) {
    const dist = join(NODE_MODULES, "@deck.gl", pkg, "dist");
    if (!existsSync(dist)) continue;
    for (const file of walk(dist)) {
      const code = readFileSync(file, "utf8");
      if (!code.includes(specifier)) continue;
      for (const node of (parseAst(code, { lang: "js" }) as unknown as { body: AstNode[] }).body) {
        if ((node.type !== "ImportDeclaration" && node.type !== "ExportNamedDeclaration") || nameOf(node.source) !== specifier) continue;
        for (const s of (node.specifiers as AstNode[]) ?? []) {
          if (s.type === "ImportNamespaceSpecifier") names.add("*");
          else names.add(s.type === "ImportDefaultSpecifier" ? "default" : nameOf(s.imported ?? s.local));
        }
      }
    }
  }
  return [...names].sort();
}

describe("blankWgsl", () => {
  it("empties template literals marked /* wgsl */, holes and all, and leaves the rest as it is", () => {
    const code = [
      "const glsl = /* glsl */ `void main() {}`;",
      "const wgsl = /* wgsl */ `fn f() -> f32 { return ${one}; }`;",
      "const WGSL = /* WGSL */ `@vertex fn v() {}`;",
      "const plain = `fn g() {}`;",
      "export const m = { name: 'm', source: /* wgsl */ `struct S { a: f32 };`, vs: glsl };",
    ].join("\n");
    expect(blankWgsl(code)).toBe(
      [
        "const glsl = /* glsl */ `void main() {}`;",
        "const wgsl = /* wgsl */ ``;",
        "const WGSL = /* WGSL */ ``;",
        "const plain = `fn g() {}`;",
        "export const m = { name: 'm', source: /* wgsl */ ``, vs: glsl };",
      ].join("\n"),
    );
    expect(blankWgsl("const a = `x`;")).toBeNull();
  });
});

describe("stubBodies", () => {
  it("replaces the bodies of the named functions and methods with a throw, keeping them callable names", () => {
    const code = "export function a(x) { return x; }\nfunction b() { return 2; }\nclass C { a() { return 3; } d() { return 4; } }";
    const { code: out, found } = stubBodies(code, ["a"], "thing");
    expect(found).toEqual(["a", "a"]);
    expect(out).toContain("export function a(x) { throw new Error(");
    expect(out).toContain("function b() { return 2; }");
    expect(out).toContain("d() { return 4; }");
    expect(out).not.toContain("return x;");
    expect(out).not.toContain("return 3;");
  });
});

describe("the stubs still match the installed deck.gl and luma.gl", () => {
  for (const stub of FILE_STUBS) {
    it(`${stub.file} exists and its stub exports the same names`, () => {
      const file = join(NODE_MODULES, stub.file);
      expect(existsSync(file), `${relative(ROOT, file).split(sep).join("/")} is gone: deck.gl / luma.gl changed`).toBe(true);
      expect(exportsOf(stub.code)).toEqual(exportsOf(readFileSync(file, "utf8")));
    });
  }

  for (const stub of BODY_STUBS) {
    it(`${stub.file} still declares ${stub.functions.join(", ")}`, () => {
      const { found } = stubBodies(readFileSync(join(NODE_MODULES, stub.file), "utf8"), stub.functions, "x");
      expect([...new Set(found)].sort()).toEqual([...stub.functions].sort());
    });
  }

  for (const stub of IMPORT_STUBS) {
    it(`the ${stub.specifier} stub exports everything deck.gl takes from it`, () => {
      const taken = namesDeckTakesFrom(stub.specifier);
      expect(taken.length).toBeGreaterThan(0);
      expect(taken).not.toContain("*");
      const provided = exportsOf(stub.code);
      for (const name of taken) expect(provided, `deck.gl imports ${name} from ${stub.specifier}`).toContain(name);
    });
  }

  it("every stub says why it is safe", () => {
    for (const stub of [...FILE_STUBS, ...IMPORT_STUBS, ...BODY_STUBS]) expect(stub.why.length).toBeGreaterThan(40);
  });
});

// The stubs are safe because of how the app uses deck.gl (see slim-deck.ts). These catch the obvious
// ways of changing that; they are a tripwire, not a proof.
describe("the app still uses deck.gl the way the stubs assume", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });
  const files = sources(join(ROOT, "src")).map((file) => ({ file: relative(ROOT, file), code: readFileSync(file, "utf8") }));
  const deckFiles = files.filter((f) => /from "@deck\.gl\//.test(f.code));

  it("finds the files that use deck.gl", () => {
    expect(deckFiles.map((f) => f.file).some((f) => f.includes("flow-arc-layer"))).toBe(true);
  });

  it("sets no deck.gl controller, transitions, event props or tooltip", () => {
    for (const { file, code } of deckFiles) {
      for (const prop of ["controller", "transitions", "onHover", "onDragStart", "getTooltip", "GlobeView", "_GlobeView"]) {
        expect(new RegExp(`\\b${prop}\\b`).test(code), `${file} uses ${prop}: see scripts/vite/slim-deck.ts`).toBe(false);
      }
    }
  });

  it("never turns the map into a globe", () => {
    for (const { file, code } of files) expect(/setProjection\s*\(|["']globe["']/.test(code), `${file}: a globe needs deck.gl's GlobeView (scripts/vite/slim-deck.ts)`).toBe(false);
  });
});

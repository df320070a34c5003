import { parseAst, type Plugin } from "vite";

/*
 * Leaves out of the build the parts of deck.gl and luma.gl the explorer can never run: about 80 kB
 * gzip of the first view, as the bench counts it (scripts/bench/bundle-sizes.ts).
 *
 * Why it is safe, once for all: the app draws deck.gl in exactly one way, one FlowArcLayer with our own
 * GLSL (src/map/layers/flow-arc-layer.ts) inside `new MapLibreOverlay({ interleaved: true })`
 * (src/map/use-deck-overlay.ts). Interleaved, luma.gl attaches to MapLibre's own WebGL2 context, so no
 * luma.gl device is ever of type "webgpu"; the overlay's views are a MapView (a GlobeView only for a
 * globe projection, which our style never sets) with no controller (MapLibre moves the map; deck.gl's
 * `controller` prop stays null); the layer gets in-memory binary attributes, no URL and no
 * `transitions`; and hover and click go through MapLibre's events and overlay.pickObject(), never
 * through deck.gl's event props (onHover, onClick…). Each entry says which of these it relies on.
 * The stubs throw (or reject) with a message naming this file, so a later change that does reach one
 * fails loudly instead of drawing nothing; the two exceptions (mjolnir.js, debugFramebuffer) say why.
 *
 * Build only (`apply: "build"`): `vite` (dev) prebundles these packages untouched; same behaviour,
 * more bytes. The build warns when a deck.gl / luma.gl upgrade moved something this expects, so the
 * saving cannot vanish unnoticed; slim-deck.test.ts checks every target still exists with the
 * exports its stub provides, and trips when src/ starts using what was left out.
 */

const message = (what: string) => `${what} is left out of this build (scripts/vite/slim-deck.ts)`;
const throwingClass = (name: string, what: string) => `export default class ${name} {\n  constructor() { throw new Error(${JSON.stringify(message(what))}); }\n}\n`;

export interface FileStub {
  /** Path under node_modules/ */
  file: string;
  code: string;
  /** Why nothing the app does can reach the real module */
  why: string;
}

export const FILE_STUBS: readonly FileStub[] = [
  {
    file: "@deck.gl/core/dist/lib/attribute/attribute-buffer-groups.js",
    code: throwingClass("AttributeBufferGroups", "deck.gl's WebGPU attribute packing"),
    why: "WebGPU only: attribute-manager.js builds it only when `device.type === 'webgpu'` and reaches it only through that field (`this.attributeBufferGroups?.…`). It is the only importer of @luma.gl/gpgpu, which goes with it.",
  },
  {
    file: "@deck.gl/core/dist/controllers/map-controller.js",
    code: `${throwingClass("MapController", "deck.gl's MapController")}export class MapState {\n  constructor() { throw new Error(${JSON.stringify(message("deck.gl's MapState"))}); }\n}\n`,
    why: "view-manager.js creates a controller only for a view whose `controller` prop is set (view.js `get controller()` returns null otherwise); MapLibre is the controller here. Takes Controller, TransitionManager and the interpolators with it.",
  },
  {
    file: "@deck.gl/core/dist/views/globe-view.js",
    code: throwingClass("GlobeView", "deck.gl's GlobeView"),
    why: "@deck.gl/maplibre makes a GlobeView only when the map's projection is 'globe'; the basemap style sets no projection (Mercator). Takes GlobeViewport, globe-utils and GlobeController with it.",
  },
  {
    file: "@deck.gl/core/dist/transitions/gpu-interpolation-transition.js",
    code: throwingClass("GPUInterpolationTransition", "deck.gl's attribute transitions"),
    why: "attribute-transition-manager.js builds one only for an attribute named in a layer's `transitions` prop; the arcs layer has none (months ease in the FlowArcLayer's shader).",
  },
  {
    file: "@deck.gl/core/dist/transitions/gpu-spring-transition.js",
    code: throwingClass("GPUSpringTransition", "deck.gl's attribute transitions"),
    why: "As above: only for a layer's `transitions` prop.",
  },
  {
    file: "@luma.gl/webgl/dist/adapter/resources/webgl-query-set.js",
    code: `export class WEBGLQuerySet {\n  constructor() { throw new Error(${JSON.stringify(message("luma.gl's WebGL query sets (GPU timing)"))}); }\n}\n`,
    why: "Timer / occlusion queries: luma.gl creates one only for GPU timing with a debug device (device.js _enableDebugGPUTime, which catches a failure and goes on untimed); deck.gl makes its device from MapLibre's context with no debug props.",
  },
  {
    file: "@luma.gl/engine/dist/debug/debug-framebuffer.js",
    code: `let warned = false;\nexport function debugFramebuffer() {\n  if (!warned) console.warn(${JSON.stringify(message("luma.gl's debugFramebuffers"))});\n  warned = true;\n}\n`,
    why: "A debugging aid Model calls only when the device has `debugFramebuffers` set, which ours never has; a no-op that warns once, rather than a throw, since it only ever draws debug overlays.",
  },
  {
    file: "@luma.gl/webgl/dist/context/polyfills/polyfill-webgl1-extensions.js",
    code: `const refuse = () => { throw new Error(${JSON.stringify(message("luma.gl's enforceWebGL2 (WebGL1 emulation)"))}); };\nexport const enforceWebGL2 = refuse;\nexport const polyfillWebGL1Extensions = refuse;\n`,
    why: "Patches HTMLCanvasElement.getContext so WebGL1 code gets a WebGL2 context; luma.gl runs it only when an app calls luma.enforceWebGL2() (webgl-adapter.js), which ours never does.",
  },
];

export interface ImportStub {
  /** The bare import, replaced only when imported from deck.gl's own files */
  specifier: string;
  code: string;
  why: string;
}

export const IMPORT_STUBS: readonly ImportStub[] = [
  {
    specifier: "@loaders.gl/core",
    code: `const refuse = (what) => Promise.reject(new Error(${JSON.stringify(message("loaders.gl (deck.gl was given a URL)"))} + " " + String(what)));
export function registerLoaders() {}
export function load(url) { return refuse(url); }
export function parse(data) { return refuse(typeof data); }
export function fetchFile(url) { return refuse(url); }
`,
    why: "deck.gl calls load() only for an async prop given as a URL string (Layer's default `fetch`, the resource manager); registerLoaders() at start-up only registers loaders for those. The arcs layer gets binary attributes and has no image props.",
  },
  {
    specifier: "mjolnir.js",
    code: `// No listeners, no inline styles on MapLibre's canvas: the app takes its pointer events from MapLibre.
export class EventManager {
  constructor(element) { this.element = element; }
  getElement() { return this.element; }
  setElement(element) { this.element = element; }
  on() {}
  once() {}
  watch() {}
  off() {}
  destroy() {}
}
class Recognizer {
  constructor(options) { this.options = options; }
  recognizeWith() {}
  requireFailure() {}
}
export class Pan extends Recognizer {}
export class DoubleClickDrag extends Recognizer {}
export class Pinch extends Recognizer {}
export class Tap extends Recognizer {}
`,
    why: "Interleaved, deck.gl puts its own mjolnir.js EventManager on MapLibre's canvas (deck.js _createEventManager) only to serve controllers and the deck / layer event props (onHover, onClick, onDrag…): the app has neither; it picks with overlay.pickObject() from MapLibre's own events (src/map/use-map-pointer.ts). The real one also writes inline styles over MapLibre's canvas (outline: none, hiding the focus ring; touch-action: unset) and schedules deck.gl's own hover pick on each pointer move, beside the one the app makes. The stub registers nothing: a layer's onHover / onClick would never fire.",
  },
  {
    specifier: "@loaders.gl/images",
    code: `export const ImageLoader = { id: "image", name: "Images (left out of this build)", extensions: [], mimeTypes: [] };\n`,
    why: "Only handed to the stubbed registerLoaders() above.",
  },
];

export interface BodyStub {
  file: string;
  /** Function declarations or class methods whose body becomes a throw */
  functions: readonly string[];
  why: string;
}

export const BODY_STUBS: readonly BodyStub[] = [
  {
    file: "@luma.gl/shadertools/dist/lib/shader-assembly/assemble-shaders.js",
    functions: ["assembleWGSLShader", "assembleShaderWGSL"],
    why: "WGSL assembly: luma.gl's Model and Computation call it only when `device.type === 'webgpu'`; WebGL assembles GLSL (assembleGLSLShaderPair, kept). Takes the WGSL binding relocation and the wgsl-*-scan modules with it.",
  },
  {
    file: "@luma.gl/shadertools/dist/lib/shader-assembler.js",
    functions: ["assembleWGSLShader"],
    why: "WGSLShaderAssembler's entry point, for the same WebGPU-only callers; the method stays (Model checks `'assembleWGSLShader' in assembler`).",
  },
];

const DECK_OR_LUMA = /[\\/]node_modules[\\/]@(?:deck|luma)\.gl[\\/]/;
const DECK_IMPORTER = /[\\/]node_modules[\\/]@deck\.gl[\\/]/;
const WGSL_MARK = /\/\*\s*wgsl\s*\*\/\s*$/i;
const STUB_PREFIX = "\0slim-deck:";

interface Node {
  type: string;
  start: number;
  end: number;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string" && typeof (value as Node).start === "number";
}

/** Calls `visit` on every node, outermost first; children are skipped when it returns false. */
function walk(value: unknown, visit: (node: Node & Record<string, unknown>) => boolean | void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
    return;
  }
  if (!isNode(value)) return;
  const node = value as Node & Record<string, unknown>;
  if (visit(node) === false) return;
  for (const [key, child] of Object.entries(node)) if (key !== "type" && typeof child === "object") walk(child, visit);
}

function replaceRanges(code: string, ranges: readonly (readonly [number, number, string])[]): string {
  let out = "";
  let at = 0;
  for (const [start, end, text] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/**
 * WGSL source text: template literals marked `/* wgsl *\/` (shader modules' `source`, layers'
 * `shaderWGSL`, the fp64 / fp32 WGSL). luma.gl reads a module's `source` only for the "wgsl" stage
 * (shadertools' getShaderModuleSource and uniform-layout check), and Model takes `props.source` only
 * when `device.type === 'webgpu'`; WebGL assembles GLSL from `vs` / `fs`, left alone. Each literal
 * becomes "" (not removed), so every object keeps its shape. Null when the code has none.
 */
export function blankWgsl(code: string): string | null {
  const ranges: [number, number, string][] = [];
  walk(parseAst(code, { lang: "js" }), (node) => {
    if (node.type !== "TemplateLiteral" || !WGSL_MARK.test(code.slice(Math.max(0, node.start - 40), node.start))) return true;
    ranges.push([node.start, node.end, "``"]);
    return false;
  });
  return ranges.length ? replaceRanges(code, ranges) : null;
}

/** `code` with the bodies of the named function declarations / methods replaced by a throw; also the names found. */
export function stubBodies(code: string, names: readonly string[], what: string): { code: string; found: string[] } {
  const ranges: [number, number, string][] = [];
  const found: string[] = [];
  const body = `{ throw new Error(${JSON.stringify(message(what))}); }`;
  walk(parseAst(code, { lang: "js" }), (node) => {
    const named = (node.type === "FunctionDeclaration" ? (node.id as { name?: string } | null)?.name : node.type === "MethodDefinition" ? (node.key as { name?: string }).name : undefined) ?? "";
    if (!names.includes(named)) return true;
    const fn = (node.type === "MethodDefinition" ? node.value : node) as { body?: Node };
    if (!fn.body || fn.body.type !== "BlockStatement") return true;
    ranges.push([fn.body.start, fn.body.end, body]);
    found.push(named);
    return false;
  });
  return { code: replaceRanges(code, ranges), found };
}

const normalize = (id: string) => id.split("\\").join("/").split("?")[0] ?? "";
const under = (id: string, file: string) => normalize(id).endsWith(`/node_modules/${file}`);

export function slimDeck(): Plugin {
  const stubbed = new Set<string>();
  let blanked = 0;
  return {
    name: "trade-corridors:slim-deck",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      if (!importer || !DECK_IMPORTER.test(importer) || !IMPORT_STUBS.some((s) => s.specifier === source)) return null;
      return `${STUB_PREFIX}${source}`;
    },
    load(id) {
      if (id.startsWith(STUB_PREFIX)) {
        const stub = IMPORT_STUBS.find((s) => `${STUB_PREFIX}${s.specifier}` === id);
        if (stub) stubbed.add(stub.specifier);
        return stub ? `// Stubbed by scripts/vite/slim-deck.ts: ${stub.why}\n${stub.code}` : null;
      }
      const stub = FILE_STUBS.find((s) => under(id, s.file));
      if (!stub) return null;
      stubbed.add(stub.file);
      return `// Stubbed by scripts/vite/slim-deck.ts: ${stub.why}\n${stub.code}`;
    },
    transform(code, id) {
      if (!DECK_OR_LUMA.test(id) || !/\.m?js$/.test(normalize(id))) return null;
      let out = code;
      const bodies = BODY_STUBS.find((s) => under(id, s.file));
      if (bodies) {
        const result = stubBodies(out, bodies.functions, "luma.gl's WGSL assembly (WebGPU)");
        for (const name of new Set(result.found)) stubbed.add(`${bodies.file}#${name}`);
        out = result.code;
      }
      if (/\/\*\s*wgsl\s*\*\//i.test(out)) {
        const blank = blankWgsl(out);
        if (blank !== null) {
          blanked += 1;
          out = blank;
        }
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()].map(normalize);
      if (!ids.some((id) => id.includes("/node_modules/@deck.gl/core/"))) return;
      const expected = [
        ...FILE_STUBS.map((s) => s.file),
        ...IMPORT_STUBS.map((s) => s.specifier),
        ...BODY_STUBS.flatMap((s) => s.functions.map((f) => `${s.file}#${f}`)),
      ];
      const missing = expected.filter((e) => !stubbed.has(e));
      if (missing.length) this.warn(`not found, so not left out (deck.gl / luma.gl changed?): ${missing.join(", ")}`);
      if (blanked === 0) this.warn("no /* wgsl */ source text found in deck.gl / luma.gl: their WGSL may be back in the bundle");
      for (const pkg of ["@luma.gl/gpgpu", "@loaders.gl/core"]) {
        const still = ids.find((id) => id.includes(`/node_modules/${pkg}/`));
        if (still) this.warn(`${pkg} is still in the bundle (${still}): something other than the stubbed files imports it`);
      }
    },
  };
}

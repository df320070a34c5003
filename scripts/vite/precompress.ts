import { existsSync, statSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

/*
 * Precompression for `vite build` and `vite preview`: the app build (vite.config.ts), the embed
 * loader (vite.embed.config.ts) and the bench pages (scripts/bench/servers.ts) write `.br` / `.gz`
 * next to their files, and preview serves them as a static host would.
 */

/** What a static host would compress, with the type sent for each (as `vite preview` sends them). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html;charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
  ".xml": "application/xml",
};

export type PrecompressedEncoding = "br" | "gzip";
const SUFFIX: Readonly<Record<PrecompressedEncoding, string>> = { br: ".br", gzip: ".gz" };

/**
 * The precompressed encodings a request accepts, best first (brotli, then gzip). Honours q-values:
 * `br;q=0` refuses brotli, `*` accepts both unless named with q=0. Identity is always acceptable
 * and is what the caller falls back to.
 */
export function acceptedEncodings(header: string | undefined): PrecompressedEncoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get("*") ?? 0) > 0;
  return (["br", "gzip"] as const).filter(accepts);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** Writes `file.br` (quality 11) and `file.gz` (level 9) next to every compressible file, when smaller. */
export async function precompressDir(dir: string): Promise<number> {
  return precompressFiles(await filesUnder(dir));
}

/** The same for the given files only (those of other types are skipped); returns how many were written. */
export async function precompressFiles(files: readonly string[]): Promise<number> {
  const targets = files.filter((f) => extname(f).toLowerCase() in CONTENT_TYPES);
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let written = 0;
  const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";
  await Promise.all(
    targets.map(async (file) => {
      try {
        const bytes = await readFile(file);
        const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
        const [br, gzipped] = await Promise.all([brotli(bytes, { params }), gz(bytes, { level: 9 })]);
        for (const [suffix, packed] of [[SUFFIX.br, br], [SUFFIX.gzip, gzipped]] as const) {
          if (packed.length >= bytes.length) continue;
          await writeFile(`${file}${suffix}`, packed);
          written += 1;
        }
      } catch (error) {
        // Another build emptied the folder meanwhile: nothing to compress any more.
        if (!gone(error)) throw error;
      }
    }),
  );
  return written;
}

/**
 * Serves `file.br` / `file.gz` for `file` when the request accepts it, with the original file's
 * type, `Content-Encoding` and `Vary: Accept-Encoding`. Anything else (no precompressed file,
 * a Range request, a non-GET) falls through to `vite preview`'s own static handler.
 */
export function precompressedMiddleware(distDir: string, base = "/", extraHeaders: OutgoingHttpHeaders = {}) {
  const root = resolve(distDir);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return next();
    }
    if (base !== "/" && base.startsWith("/")) {
      if (!pathname.startsWith(base)) return next();
      pathname = `/${pathname.slice(base.length)}`;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = resolve(join(root, pathname));
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (!type || !file.startsWith(root + sep)) return next();
    for (const encoding of acceptedEncodings(req.headers["accept-encoding"])) {
      const candidate = `${file}${SUFFIX[encoding]}`;
      if (!existsSync(candidate)) continue;
      const stats = statSync(candidate);
      if (!stats.isFile()) continue;
      const etag = `W/"${stats.size}-${stats.mtime.getTime()}-${encoding}"`;
      const vary = res.getHeader("Vary");
      res.setHeader("Vary", vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding");
      for (const [name, value] of Object.entries(extraHeaders)) if (value !== undefined) res.setHeader(name, value);
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { ETag: etag });
        res.end();
        return;
      }
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Encoding": encoding,
        "Content-Length": stats.size,
        "Last-Modified": stats.mtime.toUTCString(),
        ETag: etag,
        "Cache-Control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else void readFile(candidate).then((bytes) => res.end(bytes), () => res.destroy());
      return;
    }
    next();
  };
}

export interface PrecompressOptions {
  /**
   * "outDir" (default): every file in the build's folder, including what was copied from public/.
   * "bundle": only the files this build wrote, for a second build into a folder another build filled
   * (vite.embed.config.ts writes embed.js into the app's dist/ and need not compress the app again).
   */
  scope?: "outDir" | "bundle";
}

/** `vite build` writes .br and .gz next to each asset; `vite preview` serves them (see precompressedMiddleware). */
export function precompress(options: PrecompressOptions = {}): Plugin {
  const scope = options.scope ?? "outDir";
  let outDir = "";
  const written = new Set<string>();
  return {
    name: "trade-corridors:precompress",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(output, bundle) {
      const dir = output.dir ?? outDir;
      for (const fileName of Object.keys(bundle)) written.add(join(dir, fileName));
    },
    async closeBundle() {
      if (!outDir || !existsSync(outDir)) return;
      if (scope === "outDir") await precompressDir(outDir);
      else await precompressFiles([...written]);
      written.clear();
    },
    configurePreviewServer(server) {
      const { config } = server;
      server.middlewares.use(precompressedMiddleware(resolve(config.root, config.build.outDir), config.base, config.preview.headers ?? {}));
    },
  };
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSize extends Sizes {
  /** Path relative to the site's root, with "/" separators */
  file: string;
}

/**
 * gzip level 9 and brotli quality 11: what the build's precompressed .gz / .br files hold, and
 * what a static host serves. Computed here with node:zlib, from the bytes, not read from those files.
 */
export function compressedSizes(bytes: Uint8Array): Sizes {
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

const PRECOMPRESSED = /\.(?:br|gz)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file of a built site (not the .br / .gz copies), largest gzip first. */
export function fileSizes(dir: string): FileSize[] {
  return walk(dir)
    .filter((full) => !PRECOMPRESSED.test(full))
    .map((full) => ({ file: relative(dir, full).split(sep).join("/"), ...compressedSizes(readFileSync(full)) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** The site file a request path names: "/" and "/x/" are their index.html. */
export function requestedFile(pathname: string): string {
  let path = pathname.split(/[?#]/)[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as sent
  }
  path = path.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/**
 * The files a page's first view fetched, matched by request path to the built site; each file
 * counts once however often it was requested, and requests for anything else (data: URLs,
 * another origin) match nothing.
 */
export function firstViewFiles(sizes: readonly FileSize[], requestedPaths: Iterable<string>): FileSize[] {
  const wanted = new Set([...requestedPaths].map(requestedFile));
  return sizes.filter((s) => wanted.has(s.file));
}

export const isCode = (s: { file: string }): boolean => /\.(?:m?js|css|html)$/.test(s.file);

export function total(list: readonly Sizes[]): Sizes {
  return list.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

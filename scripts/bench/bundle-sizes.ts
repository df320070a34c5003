import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Raw and gzip (level 9, what a static host serves) size of every file under a folder. */
export function fileSizes(dir: string): FileSize[] {
  return walk(dir)
    .map((full) => {
      const bytes = readFileSync(full);
      return { file: relative(dir, full), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

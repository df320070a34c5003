import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The app downloads all of it before the first frame. Aim ~150 kB (half of MapLibre's own chunk):
 * the build coarsens the view's detail while the files are above GZIP_TARGET_BYTES, and fails
 * above GZIP_BUDGET_BYTES, so a change of data or tolerances cannot grow it unnoticed.
 */
export const GZIP_TARGET_BYTES = 155 * 1024;
const GZIP_BUDGET_BYTES = 160 * 1024;

export interface Serialized {
  name: string;
  text: string;
  raw: number;
  gzip: number;
}

export function serialize(outputs: readonly (readonly [string, unknown])[]): Serialized[] {
  return outputs.map(([name, data]) => {
    const text = JSON.stringify(data);
    return { name, text, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
  });
}

export const gzipTotal = (files: readonly Serialized[]): number => files.reduce((sum, f) => sum + f.gzip, 0);

/** Writes the files, and removes any other .geojson an earlier build left in outDir (coastlines.geojson was one). */
export function writeWithinBudget(outDir: string, files: readonly Serialized[]): void {
  mkdirSync(outDir, { recursive: true });
  const names = new Set(files.map((f) => f.name));
  for (const stale of readdirSync(outDir).filter((name) => name.endsWith(".geojson") && !names.has(name))) {
    rmSync(join(outDir, stale));
    console.log(`${stale.padEnd(20)} removed (no longer built)`);
  }
  for (const { name, text, raw, gzip } of files) {
    writeFileSync(join(outDir, name), text);
    console.log(`${name.padEnd(20)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip`);
  }
  const rawTotal = files.reduce((sum, f) => sum + f.raw, 0);
  console.log(`${"total".padEnd(20)} ${kb(rawTotal).padStart(9)} raw ${kb(gzipTotal(files)).padStart(9)} gzip → ${outDir}`);
  if (gzipTotal(files) > GZIP_BUDGET_BYTES) {
    throw new Error(`basemap is ${kb(gzipTotal(files))} gzip, over the ${kb(GZIP_BUDGET_BYTES)} budget`);
  }
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

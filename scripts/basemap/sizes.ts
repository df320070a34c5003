import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The app downloads all of it before the first frame. Aim ~150 kB (half of MapLibre's own chunk);
 * fail the build above 160 kB so a change of data or tolerances cannot grow it unnoticed.
 */
const GZIP_BUDGET_BYTES = 160 * 1024;

export function writeWithinBudget(outDir: string, outputs: readonly (readonly [string, unknown])[]): void {
  mkdirSync(outDir, { recursive: true });
  let rawTotal = 0;
  let gzipTotal = 0;
  for (const [name, data] of outputs) {
    const text = JSON.stringify(data);
    writeFileSync(join(outDir, name), text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    rawTotal += raw;
    gzipTotal += gz;
    console.log(`${name.padEnd(20)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
  }
  console.log(`${"total".padEnd(20)} ${kb(rawTotal).padStart(9)} raw ${kb(gzipTotal).padStart(9)} gzip → ${outDir}`);
  if (gzipTotal > GZIP_BUDGET_BYTES) {
    throw new Error(`basemap is ${kb(gzipTotal)} gzip, over the ${kb(GZIP_BUDGET_BYTES)} budget`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

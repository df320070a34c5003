import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { checkPackage } from "../../src/data/check-package";
import { encodeCompiled } from "../../src/data/compact/compiled-format";
import { PACKAGE_FILES, type PackageFileKey } from "../../src/data/package-files";
import { syntheticPackage } from "../packages/synthetic-package";
import { withBrowser } from "./browser";

const DATA_READY_MARK = "corridors:data-ready";

export interface PackageOpen {
  figures: number;
  /** npm run data:check on the same package, in Node */
  checkMs: number;
  compiledBytes: number;
  compiledGzipBytes: number;
  /** Navigation → the package is laid out for the map (the data-ready mark), and → first map idle */
  compiled: { readyMs: number; idleMs: number };
  /** The raw folder by ?data=…/: fetched, checked in the page's Web Worker, laid out */
  raw: { readyMs: number; idleMs: number };
}

/** Writes a raw package folder and its compiled file for each size into the served app's folder. */
export function writeSyntheticPackages(appDir: string, sizes: readonly number[]): { figures: number; checkMs: number; compiledBytes: number; compiledGzipBytes: number }[] {
  return sizes.map((figures) => {
    const texts = syntheticPackage(figures);
    const folder = join(appDir, "bench-packages", `raw-${figures}`);
    for (const [key, text] of Object.entries(texts) as [PackageFileKey, string][]) {
      const path = join(folder, PACKAGE_FILES[key]);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, text);
    }
    const started = performance.now();
    const { compiled } = checkPackage(texts);
    const checkMs = performance.now() - started;
    if (!compiled) throw new Error(`synthetic package of ${figures} figures did not compile`);
    const json = JSON.stringify(encodeCompiled(compiled));
    writeFileSync(join(appDir, "bench-packages", `compiled-${figures}.json`), json);
    return { figures, checkMs, compiledBytes: Buffer.byteLength(json), compiledGzipBytes: gzipSync(json).length };
  });
}

async function openOnce(url: string): Promise<{ readyMs: number; idleMs: number }> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { waitUntil: "commit" });
    // Polled from here rather than with a function inside the page: tsx would wrap that function
    // in a helper the page does not have.
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0 && Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0") > 0, DATA_READY_MARK, { timeout: 180_000, polling: 50 });
    const result = await page.evaluate((mark) => ({ readyMs: performance.getEntriesByName(mark)[0]?.startTime ?? -1, idleMs: performance.now() }), DATA_READY_MARK);
    await page.close();
    return result;
  });
}

/** Opens each package by link in a fresh browser: compiled, then raw (checked in the page). */
export async function openPackages(appUrl: string, written: ReturnType<typeof writeSyntheticPackages>, onDone: (open: PackageOpen) => void): Promise<PackageOpen[]> {
  const results: PackageOpen[] = [];
  for (const w of written) {
    const compiled = await openOnce(`${appUrl}?data=${encodeURIComponent(`${appUrl}bench-packages/compiled-${w.figures}.json`)}`);
    const raw = await openOnce(`${appUrl}?data=${encodeURIComponent(`${appUrl}bench-packages/raw-${w.figures}/`)}`);
    const open = { ...w, compiled, raw };
    results.push(open);
    onDone(open);
  }
  return results;
}

export function printPackages(opens: readonly PackageOpen[]): void {
  if (opens.length === 0) return;
  console.log("\nOpening a data package by link (?data=), fresh browser each: navigation → laid out for the map / → first map idle");
  console.log("figures   check in Node  compiled kB (gzip)   compiled: ready / idle ms   raw folder, checked in the page: ready / idle ms");
  for (const o of opens) {
    console.log(
      `${String(o.figures).padEnd(9)} ${o.checkMs.toFixed(0).padStart(9)} ms  ${(o.compiledBytes / 1024).toFixed(0).padStart(8)} (${(o.compiledGzipBytes / 1024).toFixed(0)})  ${o.compiled.readyMs.toFixed(0).padStart(12)} / ${o.compiled.idleMs.toFixed(0).padEnd(12)}  ${o.raw.readyMs.toFixed(0).padStart(12)} / ${o.raw.idleMs.toFixed(0)}`,
    );
  }
  const twenty = opens.find((o) => o.figures === 20_000);
  if (twenty) {
    console.log(`20,000 figures: compiled opens (ready) in ${(twenty.compiled.readyMs / 1000).toFixed(2)} s (goal < 2 s: ${twenty.compiled.readyMs < 2000 ? "met" : "not met"}), compiled file ${(twenty.compiledGzipBytes / 1024).toFixed(0)} kB gzip (goal < 1 MB: ${twenty.compiledGzipBytes < 1048576 ? "met" : "not met"})`);
  }
}

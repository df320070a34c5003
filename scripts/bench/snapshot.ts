import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Relative asset paths a built index.html loads (`src` / `href` of ./ or bare relative URLs). */
export function referencedAssets(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
    const url = match[1] ?? "";
    if (/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(url) || url.startsWith("/")) continue;
    paths.add(url.replace(/^\.\//, "").split(/[?#]/)[0] ?? "");
  }
  return [...paths].filter(Boolean);
}

/**
 * Copies a fresh build to where the bench serves and sizes it from, and checks that the copy is
 * whole: every file its index.html loads is there. A build someone else starts in the shared
 * folder while we copy would show up as a missing file, and the run stops rather than measure a mix.
 */
export function snapshotBuild(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const missing = referencedAssets(readFileSync(join(to, "index.html"), "utf8")).filter((p) => !existsSync(join(to, p)));
  if (missing.length) throw new Error(`${from} changed while it was being copied (another build running?): ${missing.join(", ")} missing. Run the bench again.`);
}

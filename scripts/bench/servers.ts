import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import { precompress } from "../vite/precompress";
import { assertRunning, onCleanup, runCommand } from "./lifecycle";
import { snapshotBuild } from "./snapshot";

export const ROOT = join(import.meta.dirname, "../..");

/** The vite configs the bench builds and serves: the app, the step pages, the bare MapLibre page. */
export const CONFIGS = {
  app: join(ROOT, "vite.config.ts"),
  steps: join(ROOT, "bench/vite.config.ts"),
  bare: join(ROOT, "bench/bare/vite.config.ts"),
} as const;
export type Site = keyof typeof CONFIGS;

/**
 * Where each site is served and sized from. The explorer is built by its own `npm run build` into
 * dist/ and copied to bench/dist/app at once: dist/ is shared (browser tests, a developer's
 * preview), and a rebuild there in the middle of a run would serve and size files of two builds.
 */
export const OUT_DIRS: Readonly<Record<Site, string>> = {
  app: join(ROOT, "bench/dist/app"),
  steps: join(ROOT, "bench/dist/steps"),
  bare: join(ROOT, "bench/dist/bare"),
};

/**
 * The bench pages get the app's precompression plugin from here (their configs stay standalone),
 * so all three sites are built and served alike.
 */
const BENCH_PLUGINS: Readonly<Record<Site, ReturnType<typeof precompress>[]>> = { app: [], steps: [precompress()], bare: [precompress()] };

/** The app through its own `npm run build` (data check and compile, basemap, types); the bench pages in process. */
export async function buildAll(): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runCommand("npm", ["run", "build"], ROOT);
      snapshotBuild(join(ROOT, "dist"), OUT_DIRS.app);
      break;
    } catch (error) {
      // Once more, in case another build in the shared dist/ got in the way; then give up.
      if (attempt >= 2) throw error;
      assertRunning();
      console.log(`bench: the build failed (${String(error).split("\n")[0]}); building once more…`);
    }
  }
  for (const site of ["steps", "bare"] as const) {
    assertRunning();
    await build({ configFile: CONFIGS[site], logLevel: "warn", mode: "production", plugins: BENCH_PLUGINS[site] });
  }
}

/**
 * `vite preview` for a built site, inside this process: the same server and middlewares as
 * `npm run preview` (so precompressed files are served), and no process left to stop. On a port
 * the system picks (0), so a server someone else left running cannot clash with it.
 */
export async function startPreview(site: Site, port = 0): Promise<{ url: string; server: PreviewServer }> {
  assertRunning();
  if (!existsSync(join(OUT_DIRS[site], "index.html"))) throw new Error(`${OUT_DIRS[site]} has no build: run the bench without --skip-build`);
  const server = await preview({
    configFile: CONFIGS[site],
    plugins: BENCH_PLUGINS[site],
    build: { outDir: OUT_DIRS[site] },
    logLevel: "warn",
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  // Closed by stopAll() at the end of the run, or on failure or Ctrl-C (close is idempotent).
  onCleanup(`preview server (${site})`, () => server.close());
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error(`preview server (${site}) is not listening`);
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

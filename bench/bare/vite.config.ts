import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The bare MapLibre page, built on its own so its chunks are exactly what MapLibre alone needs,
// with the app's basemap files (public/); scripts/bench adds the app's precompression plugin.
export default defineConfig({
  root: here("."),
  base: "./",
  publicDir: here("../../public"),
  build: { outDir: here("../dist/bare"), emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
});

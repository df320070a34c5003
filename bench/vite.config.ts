import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The month-step pages (ours and flowmap.gl's): built apart from the app so neither they nor their
// synthetic data ever ship in dist/. scripts/bench adds the app's precompression plugin, so
// they are built and served like the app.
export default defineConfig({
  root: here("."),
  base: "./",
  publicDir: here("../public"),
  // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: our part of a
  // month step is well under a millisecond. Everything these pages load is same-origin.
  preview: { headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } },
  build: {
    outDir: here("./dist/steps"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { steps: here("./index.html"), flowmap: here("./flowmap.html") } },
  },
});

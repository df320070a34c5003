import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { compileHints } from "./scripts/vite/compile-hints.ts";
import { precompress } from "./scripts/vite/precompress.ts";
import { slimDeck } from "./scripts/vite/slim-deck.ts";
import { slimMaplibreCss } from "./scripts/vite/slim-maplibre-css.ts";

export default defineConfig({
  // What the app can never run or show is left out of the build: deck.gl / luma.gl code (WebGPU,
  // controllers, URL loading…) and MapLibre's CSS for controls it never adds. Why that is safe: their files.
  // The first view's chunks (the entry and the map) carry V8's compile hint: compile-hints.ts says why.
  plugins: [react(), slimDeck(), slimMaplibreCss(), compileHints({ eagerModules: [/\/src\/map\/MapView\.tsx$/] }), precompress()],
  // Relative asset URLs so the built app works from any folder a newsroom uploads it to.
  base: "./",
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    // Playwright specs live in e2e/ and must not be collected by vitest.
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});

import { defineConfig } from "vite";

/**
 * embed.js, the loader a news page includes: one self-contained classic script at the root of
 * dist/, built after the app (it must not empty dist/).
 */
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2019",
    lib: { entry: "src/embed/loader.ts", name: "corridorsEmbed", formats: ["iife"], fileName: () => "embed.js" },
  },
});

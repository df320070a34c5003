import { defineConfig } from "vite";
import { precompress } from "./scripts/vite/precompress.ts";

/**
 * embed.js, the loader a news page includes: one self-contained classic script at the root of
 * dist/, built after the app (it must not empty dist/). It writes embed.js.br / .gz itself, and
 * compresses only what it wrote (the app's build has compressed the rest); public/ is not copied
 * again, the app's build already did.
 */
export default defineConfig({
  plugins: [precompress({ scope: "bundle" })],
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2019",
    lib: { entry: "src/embed/loader.ts", name: "corridorsEmbed", formats: ["iife"], fileName: () => "embed.js" },
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The benchmark page: built apart from the app so neither it nor its synthetic data ever ships in dist/.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: fileURLToPath(new URL("../public", import.meta.url)),
  build: { outDir: fileURLToPath(new URL("./dist", import.meta.url)), emptyOutDir: true, target: "es2022" },
});

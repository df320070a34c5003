import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

const PORT = 4173;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // One WebGL context at a time: SwiftShader shares two cores with the web server.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: process.env.CI ? 1 : 0,
  outputDir: "test-results",
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: "off",
    acceptDownloads: true,
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A news page on another origin, for the embed tests.
      command: "node e2e/host-server.mjs",
      url: "http://localhost:4175/",
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});

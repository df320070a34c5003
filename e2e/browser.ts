import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Headless Chromium here has no GPU: WebGL runs on SwiftShader, which must be asked for explicitly.
 * The networking flags stop Chromium's own background requests, which this machine's closed
 * network refuses noisily (and which would pollute the "no request leaves the origin" test).
 */
export const CHROMIUM_ARGS = [
  "--use-angle=swiftshader-webgl",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium when present (Playwright cannot download browsers here); otherwise Playwright's own. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}

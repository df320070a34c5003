import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumLaunchOptions } from "../../e2e/browser";
import { assertRunning, onCleanup } from "./lifecycle";
import { procMemory, type ProcMemory } from "./proc-status";

/**
 * A fresh headless Chromium (SwiftShader, the e2e flags) for one measurement, so no run inherits
 * another's HTTP cache, compiled code or GPU program cache. Playwright's signal handlers are off:
 * lifecycle.ts stops the browser on Ctrl-C, and Playwright's exit hook kills it if we exit first.
 */
export async function withBrowser<T>(task: (browser: Browser) => Promise<T>): Promise<T> {
  assertRunning();
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const unregister = onCleanup("Chromium", () => browser.close());
  try {
    return await task(browser);
  } finally {
    await browser.close();
    unregister();
  }
}

interface ProcessInfo {
  processInfo: { type: string; id: number; cpuTime: number }[];
}

/** Peak resident memory of the browser's renderer (the largest, i.e. the page's) and GPU processes. */
export async function chromiumPeakMemory(browser: Browser): Promise<{ renderer: ProcMemory | null; gpu: ProcMemory | null }> {
  const session = await browser.newBrowserCDPSession();
  const info = (await session.send("SystemInfo.getProcessInfo")) as ProcessInfo;
  await session.detach();
  const peakOf = (type: string) =>
    info.processInfo
      .filter((p) => p.type === type)
      .map((p) => procMemory(p.id))
      .filter((m): m is ProcMemory => m !== null)
      .sort((a, b) => (b.peakRss ?? 0) - (a.peakRss ?? 0))[0] ?? null;
  return { renderer: peakOf("renderer"), gpu: peakOf("GPU") };
}

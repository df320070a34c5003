import type { Checkpoint, PublishedResult, StepPageResult } from "../../bench/page/result-types";
import { chromiumPeakMemory, withBrowser } from "./browser";
import type { ProcMemory } from "./proc-status";

const STEP_PAGE_TIMEOUT_MS = 1_800_000;

/** Heap after a forced garbage collection, so it is what the page holds, not garbage. */
export interface MemorySample {
  phase: Checkpoint;
  /** V8 heap in use (JS objects) */
  heapUsed: number;
  /** Array buffer backing stores and external strings: where typed arrays' bytes live (CDP backingStorageSize) */
  backingStore: number | null;
  /** Blink's own heap (DOM, WebGL wrappers) */
  embedderHeap: number | null;
}

export interface StepRun {
  url: string;
  result: StepPageResult;
  memory: MemorySample[];
  /** Peak resident memory over the page's life: its renderer process, and the GPU process (SwiftShader's buffers) */
  peak: { renderer: ProcMemory | null; gpu: ProcMemory | null };
  wallMs: number;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

/** Opens a step page in a fresh browser, samples memory at its checkpoints, returns what it measured. */
export function measureStepPage(url: string): Promise<StepRun> {
  return withBrowser(async (browser) => {
    const started = Date.now();
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const memory: MemorySample[] = [];
    await page.exposeFunction("benchCheckpoint", async (phase: Checkpoint) => {
      await cdp.send("HeapProfiler.collectGarbage");
      const usage = (await cdp.send("Runtime.getHeapUsage")) as HeapUsage;
      memory.push({ phase, heapUsed: usage.usedSize, backingStore: usage.backingStorageSize ?? null, embedderHeap: usage.embedderHeapUsedSize ?? null });
    });
    let crashed = false;
    page.on("crash", () => {
      crashed = true;
    });
    await page.goto(url);
    try {
      await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: STEP_PAGE_TIMEOUT_MS, polling: 500 });
    } catch (error) {
      const last = memory[memory.length - 1];
      const where = last ? ` after the "${last.phase}" checkpoint` : "";
      throw new Error(crashed ? `the page crashed${where} (out of memory?)` : `no result${where}: ${String(error)}`);
    }
    const published = (await page.evaluate(() => window.benchResult)) as PublishedResult;
    const peak = await chromiumPeakMemory(browser);
    await context.close();
    if ("error" in published) throw new Error(`bench page: ${published.error}`);
    return { url, result: published, memory, peak, wallMs: Date.now() - started };
  });
}

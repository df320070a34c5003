import type { Browser, Page } from "@playwright/test";
import { cameraOf, type MapCamera } from "./bare-params";
import { withBrowser } from "./browser";
import { splitMainThread, type MainThreadSplit, type TraceEvent } from "./main-thread-split";

export type LoadPage = "explorer" | "bare";
export const FIRST_ARCS_MARK = "corridors:first-arcs";
const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 120_000;

/**
 * Main-thread work until the map is ready, from CDP `Performance.getMetrics` (enabled before the
 * navigation, read the moment the page is ready). These are the renderer main thread's own
 * counters, not a trace, so measuring costs the page nothing:
 * - busyMs = TaskDuration: wall time the main thread spent inside tasks. It includes time a task
 *   sits blocked on a synchronous WebGL call waiting for the GPU process (SwiftShader compiles and
 *   links shaders there: luma.gl's and MapLibre's program setup wait on it). That is what keeps the
 *   thread from answering the reader, so it is the figure we compare.
 * - scriptMs = ScriptDuration (JavaScript, including those blocking calls made from it).
 * - cpuMs = ThreadTime: CPU time the main thread actually used; the gap to busyMs is waiting.
 * MapLibre's worker threads are not main-thread work and count in none of them.
 */
export interface MainThreadWork {
  busyMs: number;
  scriptMs: number;
  cpuMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface RequestRecord {
  path: string;
  status: number;
  /** Content-Encoding as served ("br", "gzip") or null */
  encoding: string | null;
  /** Content-Length as served (encoded bytes), when the server sent one */
  bytes: number | null;
}

export interface LoadRun {
  page: LoadPage;
  /** Navigation start → the map's first "idle" event (MapLibre: nothing loading, nothing left to draw) */
  idleMs: number;
  /** Navigation start → the explorer's first-arcs mark; null on the bare page */
  firstArcsMs: number | null;
  /** When main-thread work was read: the later of the two above */
  readyMs: number;
  mainThread: MainThreadWork;
  requests: RequestRecord[];
  mapSize: { width: number; height: number };
  /** The camera the page's map was at when it was ready, as it recorded it on its container; null if it did not */
  camera: MapCamera | null;
}

/** What the bare page is told of the explorer's map, so that both draw the same view at the same size */
export interface ExplorerMap {
  size: { width: number; height: number };
  camera: MapCamera | null;
}

interface BenchWindow {
  __benchIdle: Promise<number>;
  __benchMark: (name: string) => Promise<number>;
}

/**
 * Installed before any page script: a promise for the first change of `data-idle` (both pages
 * count MapLibre "idle" events there) and one per User Timing mark, so the runner awaits them
 * instead of polling the page (polling would add main-thread work to what is measured).
 */
function installReadyProbes(): void {
  const w = window as unknown as BenchWindow;
  w.__benchIdle = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-idle"] });
  });
  w.__benchMark = (name) =>
    new Promise<number>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName(name)[0];
        if (!entry) return;
        observer.disconnect();
        resolve(entry.startTime);
      });
      observer.observe({ type: "mark", buffered: true });
    });
}

function timeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not ready within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function recordRequests(page: Page): RequestRecord[] {
  const records: RequestRecord[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.protocol !== "http:" && url.protocol !== "https:") return;
    const headers = response.headers();
    const length = Number(headers["content-length"] ?? Number.NaN);
    records.push({ path: url.pathname, status: response.status(), encoding: headers["content-encoding"] ?? null, bytes: Number.isFinite(length) ? length : null });
  });
  return records;
}

async function loadOnce(browser: Browser, page: LoadPage, url: string): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const requests = recordRequests(tab);
  await tab.addInitScript(installReadyProbes);
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Performance.enable");
  await tab.goto(url, { waitUntil: "commit" });
  const ready = await timeout(
    tab.evaluate(async (mark) => {
      const w = window as unknown as BenchWindow;
      const idleMs = await w.__benchIdle;
      const firstArcsMs = mark ? await w.__benchMark(mark) : null;
      return { idleMs, firstArcsMs, readyMs: performance.now() };
    }, page === "explorer" ? FIRST_ARCS_MARK : null),
    `${page} at ${url}`,
  );
  const { metrics } = await cdp.send("Performance.getMetrics");
  const firstView = [...requests];
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  const drawn = await tab.evaluate(() => {
    const map = document.querySelector<HTMLElement>(".maplibregl-map");
    const rect = map?.getBoundingClientRect();
    return { size: { width: rect?.width ?? 0, height: rect?.height ?? 0 }, center: map?.dataset.center, zoom: map?.dataset.zoom };
  });
  await context.close();
  return {
    page,
    ...ready,
    mainThread: { busyMs: metric("TaskDuration"), scriptMs: metric("ScriptDuration"), cpuMs: metric("ThreadTime"), layoutMs: metric("LayoutDuration"), styleMs: metric("RecalcStyleDuration") },
    requests: firstView,
    mapSize: drawn.size,
    camera: cameraOf(drawn.center, drawn.zoom),
  };
}

const READY_MARK = "bench:ready";
const TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "gpu", "blink.user_timing"];

/**
 * One load under a Chromium trace, split into kinds of main-thread work until ready
 * (main-thread-split.ts). Tracing slows the page, so its times are not the measured loads'; the
 * split is what it is for.
 */
export async function tracedSplit(page: LoadPage, url: string): Promise<MainThreadSplit | null> {
  return withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const tab = await context.newPage();
    await tab.addInitScript(installReadyProbes);
    await browser.startTracing(tab, { categories: TRACE_CATEGORIES });
    await tab.goto(url, { waitUntil: "commit" });
    await timeout(
      tab.evaluate(
        async ({ mark, ready }) => {
          const w = window as unknown as BenchWindow;
          await w.__benchIdle;
          if (mark) await w.__benchMark(mark);
          performance.mark(ready);
        },
        { mark: page === "explorer" ? FIRST_ARCS_MARK : null, ready: READY_MARK },
      ),
      `traced ${page} at ${url}`,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    await context.close();
    return splitMainThread(trace.traceEvents, READY_MARK);
  });
}

/**
 * Explorer, bare, explorer, bare…: interleaved so that whatever else loads this shared machine
 * weighs on both alike. Each load gets a fresh browser. The bare page is told the explorer's map
 * size and camera (as the first explorer load drew them), so both load the same tiles and draw the
 * same pixels.
 */
export async function interleavedLoads(options: { runs: number; explorerUrl: string; bareUrl: (explorer: ExplorerMap) => string; onRun?: (run: LoadRun, index: number) => void }): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  let explorer: ExplorerMap | undefined;
  for (let i = 0; i < options.runs; i += 1) {
    for (const page of ["explorer", "bare"] as const) {
      const url = page === "explorer" ? options.explorerUrl : options.bareUrl(explorer ?? { size: VIEWPORT, camera: null });
      const run = await withBrowser((browser) => loadOnce(browser, page, url));
      if (page === "explorer") explorer ??= { size: run.mapSize, camera: run.camera };
      runs.push(run);
      options.onRun?.(run, i);
    }
  }
  return runs;
}

/** How long the page is left alone after its first idle before, and while, its work at rest is read */
const SETTLE_MS = 1000;
const REST_MS = 5000;

/**
 * Main-thread work per second once the page is at rest: from a second after the map's first idle,
 * for five seconds, nothing touched. A map that does not move should cost nothing here; a loop left
 * running (deck.gl's asks for a frame on every display refresh) is a phone's battery spent on a news page.
 */
export async function restingWork(page: LoadPage, url: string): Promise<number> {
  return withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const tab = await context.newPage();
    await tab.addInitScript(installReadyProbes);
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    await tab.goto(url, { waitUntil: "commit" });
    await timeout(tab.evaluate(() => (window as unknown as BenchWindow).__benchIdle), `${page} at ${url}`);
    await tab.waitForTimeout(SETTLE_MS);
    const busy = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? Number.NaN) * 1000;
    const before = await busy();
    await tab.waitForTimeout(REST_MS);
    const after = await busy();
    await context.close();
    return ((after - before) / REST_MS) * 1000;
  });
}

/**
 * npm run bench — figures, not pass/fail: bundle size per chunk and in total (gzip), time from
 * navigation to the first rendered arcs, and the CPU time of one month step on the bundled data and
 * on synthetic packages of 10,000 and 100,000 flows. Prints a table and writes bench/results/latest.json.
 */
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/browser";
import { fileSizes, type FileSize } from "./bundle-sizes";
import { median, summarize } from "./stats";

const ROOT = join(import.meta.dirname, "../..");
const APP_PORT = 4181;
const BENCH_PORT = 4182;
const FIRST_VIEW_BUDGET_KB = 720;
const STEP_BUDGET_MS = 8;
const kb = (bytes: number) => bytes / 1024;

function startPreview(args: string[], port: number): ChildProcess {
  return spawn("npx", ["vite", "preview", ...args, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], { cwd: ROOT, stdio: "ignore" });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Loads the real app, returns the time to the first-arcs mark and every same-origin file it fetched. */
async function measureApp(browser: Browser): Promise<{ firstArcsMs: number; fetched: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const fetched = new Set<string>();
  page.on("requestfinished", (request) => fetched.add(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await page.waitForFunction(() => performance.getEntriesByName("corridors:first-arcs").length > 0, undefined, { timeout: 90_000 });
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0") > 0, undefined, { timeout: 90_000 });
  const firstArcsMs = await page.evaluate(() => performance.getEntriesByName("corridors:first-arcs")[0]?.startTime ?? -1);
  await page.close();
  return { firstArcsMs, fetched: [...fetched] };
}

interface StepResult {
  dataset: string;
  flows: number;
  months: number;
  framesReadyMs: number;
  firstArcsMs: number;
  drawMs: number;
  timings: { oursMs: number; deckUpdateMs: number; updateAttributesMs: number }[];
  error?: string;
}

async function measureSteps(browser: Browser, dataset: string): Promise<StepResult> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`http://127.0.0.1:${BENCH_PORT}/?dataset=${dataset}&steps=60`);
  await page.waitForFunction(() => "benchResult" in window, undefined, { timeout: 300_000 });
  const result = (await page.evaluate(() => (window as unknown as { benchResult: unknown }).benchResult)) as StepResult;
  await page.close();
  if (result.error) throw new Error(`bench page (${dataset}): ${result.error}`);
  return result;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

async function main() {
  console.log("bench: building the app and the benchmark page…");
  execSync("npm run build", { cwd: ROOT, stdio: "ignore" });
  execSync("npx vite build --config bench/vite.config.ts", { cwd: ROOT, stdio: "ignore" });

  const sizes = fileSizes(join(ROOT, "dist"));
  const servers = [startPreview([], APP_PORT), startPreview(["--config", "bench/vite.config.ts"], BENCH_PORT)];
  let browser: Browser | undefined;
  try {
    await waitForServer(`http://127.0.0.1:${APP_PORT}/`);
    await waitForServer(`http://127.0.0.1:${BENCH_PORT}/`);
    browser = await chromium.launch(chromiumLaunchOptions());

    console.log("bench: loading the explorer three times…");
    const appRuns = [];
    for (let i = 0; i < 3; i += 1) appRuns.push(await measureApp(browser));
    const fetched = new Set(appRuns.flatMap((r) => r.fetched).map((p) => p.replace(/^\//, "")));
    const inFirstView = (s: FileSize) => fetched.has(s.file) || (s.file === "index.html" && fetched.has(""));
    const firstView = sizes.filter(inFirstView);
    const isCode = (s: FileSize) => /\.(m?js|css|html)$/.test(s.file);
    const firstViewCode = firstView.filter(isCode);
    const firstViewData = firstView.filter((s) => !isCode(s));
    const sum = (list: FileSize[], key: "raw" | "gzip") => list.reduce((a, s) => a + s[key], 0);

    const stepResults: StepResult[] = [];
    for (const dataset of ["bundled", "10000", "100000"]) {
      console.log(`bench: month steps on ${dataset === "bundled" ? "the bundled data" : `${dataset} synthetic flows`}…`);
      stepResults.push(await measureSteps(browser, dataset));
    }

    console.log("\nBundle (dist/), gzip level 9");
    console.log(`${pad("file", 58)}${pad("raw kB", 10, true)}${pad("gzip kB", 10, true)}  first view`);
    for (const s of sizes.filter(isCode)) {
      console.log(`${pad(s.file, 58)}${pad(kb(s.raw).toFixed(1), 10, true)}${pad(kb(s.gzip).toFixed(1), 10, true)}  ${inFirstView(s) ? "yes" : ""}`);
    }
    const codeTotal = sum(sizes.filter(isCode), "gzip");
    console.log(`${pad("all code", 58)}${pad(kb(sum(sizes.filter(isCode), "raw")).toFixed(1), 10, true)}${pad(kb(codeTotal).toFixed(1), 10, true)}`);
    const firstViewCodeKb = kb(sum(firstViewCode, "gzip"));
    console.log(`${pad("first view: code", 58)}${pad("", 10)}${pad(firstViewCodeKb.toFixed(1), 10, true)}  budget ${FIRST_VIEW_BUDGET_KB} kB → ${(firstViewCodeKb / FIRST_VIEW_BUDGET_KB).toFixed(2)}×`);
    console.log(`${pad("first view: data (package + basemap)", 58)}${pad("", 10)}${pad(kb(sum(firstViewData, "gzip")).toFixed(1), 10, true)}`);

    const firstArcs = median(appRuns.map((r) => r.firstArcsMs));
    console.log(`\nTime from navigation to first rendered arcs, explorer on bundled data (median of 3): ${firstArcs.toFixed(0)} ms`);

    console.log("\nOne month step, CPU (60 steps; deck.gl attribute time from deck's own stats; drawing is SwiftShader software rasterization, shown apart)");
    console.log(`${pad("dataset", 10)}${pad("flows", 9, true)}${pad("ours mean/p95", 17, true)}${pad("deck mean/p95", 17, true)}${pad("attr mean", 11, true)}${pad("CPU mean/p95", 17, true)}${pad("budget", 9, true)}${pad("draw 1 frame", 13, true)}${pad("1st arcs", 10, true)}`);
    const rows = stepResults.map((r) => {
      const ours = summarize(r.timings.map((t) => t.oursMs));
      const deck = summarize(r.timings.map((t) => t.deckUpdateMs));
      const attributes = summarize(r.timings.map((t) => t.updateAttributesMs));
      const cpu = summarize(r.timings.map((t) => t.oursMs + t.deckUpdateMs));
      console.log(
        `${pad(r.dataset, 10)}${pad(String(r.flows), 9, true)}${pad(`${ours.mean.toFixed(2)}/${ours.p95.toFixed(2)}`, 17, true)}${pad(`${deck.mean.toFixed(2)}/${deck.p95.toFixed(2)}`, 17, true)}${pad(attributes.mean.toFixed(2), 11, true)}${pad(`${cpu.mean.toFixed(2)}/${cpu.p95.toFixed(2)}`, 17, true)}${pad(`${(cpu.p95 / STEP_BUDGET_MS).toFixed(2)}×`, 9, true)}${pad(r.drawMs.toFixed(0), 11, true)}${pad(r.firstArcsMs.toFixed(0), 10, true)}`,
      );
      return { dataset: r.dataset, flows: r.flows, months: r.months, framesReadyMs: r.framesReadyMs, firstArcsMs: r.firstArcsMs, oursMs: ours, deckUpdateMs: deck, updateAttributesMs: attributes, cpuMs: cpu, drawOneFrameMs: r.drawMs };
    });
    console.log(`(budget: a step at 100,000 flows within ${STEP_BUDGET_MS} ms of CPU; "budget" is p95 CPU ÷ ${STEP_BUDGET_MS} ms)`);

    const report = {
      date: new Date().toISOString(),
      machine: { cores: (await import("node:os")).cpus().length, node: process.version },
      bundle: { files: sizes, allCodeGzipKb: kb(codeTotal), firstViewCodeGzipKb: firstViewCodeKb, firstViewDataGzipKb: kb(sum(firstViewData, "gzip")), budgetKb: FIRST_VIEW_BUDGET_KB, firstViewFiles: firstView.map((s) => s.file) },
      firstArcsMs: { runs: appRuns.map((r) => r.firstArcsMs), median: firstArcs },
      monthStep: rows,
      budgets: { firstViewKb: FIRST_VIEW_BUDGET_KB, stepMsAt100k: STEP_BUDGET_MS },
    };
    mkdirSync(join(ROOT, "bench/results"), { recursive: true });
    writeFileSync(join(ROOT, "bench/results/latest.json"), JSON.stringify(report, null, 2));
    console.log("\nwrote bench/results/latest.json");
  } finally {
    await browser?.close();
    servers.forEach((s) => s.kill());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

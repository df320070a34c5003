/**
 * npm run bench — figures, not pass/fail. Builds the explorer (npm run build; dist/ is copied to
 * bench/dist/app so a later rebuild of the shared dist/ cannot mix in), the bench pages
 * (bench/dist/steps: month steps, ours and flowmap.gl's) and a bare MapLibre page with the same
 * basemap (bench/dist/bare); serves all three with vite preview (precompressed, in this process);
 * then, in headless Chromium on SwiftShader:
 * 1. loads explorer and bare page interleaved: time to map idle and to first arcs, main-thread
 *    work until ready, and the code each first view fetched (gzip and brotli); then three traced
 *    loads of each, their main-thread work split into kinds (main-thread-split.ts);
 * 2. month steps on the bundled data and 10k / 100k / 1M synthetic flows: CPU per step, time to
 *    build the frames, memory;
 * 3. the same month steps with flowmap.gl's FlowmapLayer on 100,000 flows.
 * Prints tables and writes bench/results/latest.json. Every process it starts is stopped at the
 * end, on failure and on Ctrl-C (lifecycle.ts). Options: npm run bench -- --help
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { constants, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args";
import { bareInitialView, bareQuery, initialViewOfPackage } from "./bare-params";
import { fileSizes } from "./bundle-sizes";
import { installSignalHandlers, interruptedBy, stopAll } from "./lifecycle";
import { interleavedLoads, restingWork, tracedSplit, type ExplorerMap, type LoadRun } from "./load-bench";
import { medianSplit, type MainThreadSplit } from "./main-thread-split";
import { printAtRest, printFirstViewComparison, printFlowmap, printLoads, printSizes, printSplit, printSteps, type AtRest, type StepFailure } from "./report";
import { median } from "./stats";
import { buildAll, OUT_DIRS, ROOT, startPreview } from "./servers";
import { openPackages, printPackages, writeSyntheticPackages, type PackageOpen } from "./package-bench";
import { measureStepPage } from "./step-bench";
import { firstView, GOALS, summarizeLoads, summarizeSteps, type StepSummary } from "./summaries";

const FLOWMAP_FLOWS = 100_000;
/** Traced loads per page for the split of main-thread work (tracing is slow; the split is a median) */
const TRACED_LOADS = 3;
const REST_LOADS = 2;

async function stepPhase(options: BenchOptions, stepsUrl: string): Promise<{ steps: StepSummary[]; failures: StepFailure[]; flowmap: StepSummary[] }> {
  const steps: StepSummary[] = [];
  const flowmap: StepSummary[] = [];
  const failures: StepFailure[] = [];
  const attempt = async (library: string, variant: string, dataset: string, url: string, into: StepSummary[]) => {
    const label = dataset === "bundled" ? "the bundled data" : `${Number(dataset).toLocaleString("en-US")} synthetic flows`;
    console.log(`bench: month steps, ${library === "ours" ? "ours" : `flowmap.gl (${variant})`}, on ${label}…`);
    try {
      const run = await measureStepPage(url);
      into.push(summarizeSteps(run.result, run.memory, run.peak));
      console.log(`  done in ${(run.wallMs / 1000).toFixed(0)} s`);
    } catch (error) {
      if (interruptedBy()) throw error;
      // Reported, not hidden: a data set that does not fit shows up in the table and the JSON.
      failures.push({ library, variant, dataset, error: error instanceof Error ? error.message : String(error) });
      console.log(`  FAILED: ${String(error).split("\n")[0]}`);
    }
  };
  const draw = (dataset: string) => (dataset === "bundled" || Number(dataset) <= options.drawMax ? "1" : "0");
  if (!options.skip.includes("steps")) {
    for (const dataset of options.datasets) {
      await attempt("ours", "month slices", dataset, `${stepsUrl}index.html?dataset=${dataset}&steps=${options.steps}&draw=${draw(dataset)}`, steps);
    }
  }
  if (!options.skip.includes("flowmap")) {
    const variants = options.flowmapTimeFilter ? ["month-arrays", "time-filter"] : ["month-arrays"];
    for (const variant of variants) {
      const dataset = String(FLOWMAP_FLOWS);
      await attempt("flowmap", variant, dataset, `${stepsUrl}flowmap.html?dataset=${dataset}&steps=${options.flowmapSteps}&draw=${draw(dataset)}&variant=${variant}`, flowmap);
    }
  }
  return { steps, failures, flowmap };
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  installSignalHandlers();
  if (!options.skipBuild) {
    console.log("bench: building the explorer, the step pages and the bare MapLibre page…");
    await buildAll();
  }
  const app = await startPreview("app");
  const stepsSite = await startPreview("steps");
  const bare = await startPreview("bare");

  let loads: LoadRun[] = [];
  let split: { explorer: MainThreadSplit | null; bare: MainThreadSplit | null } | null = null;
  let atRest: AtRest | null = null;
  if (!options.skip.includes("loads")) {
    console.log(`bench: loading the explorer and the bare MapLibre page ${options.runs} times each, interleaved…`);
    type PackageView = Parameters<typeof initialViewOfPackage>[0] & { highlightCountries?: string[] };
    const pkg = JSON.parse(readFileSync(join(OUT_DIRS.app, "data/corridors.json"), "utf8")) as { dataset?: { view?: PackageView } };
    const initial = initialViewOfPackage(pkg.dataset?.view);
    const highlight = pkg.dataset?.view?.highlightCountries ?? [];
    // The explorer's own camera, once a load of it has been read: a fit of the package's bounds alone opened the bare page on a different view.
    const bareUrl = ({ size, camera }: ExplorerMap) => `${bare.url}${bareQuery({ initial: bareInitialView(camera, initial), highlight, size })}`;
    loads = await interleavedLoads({
      runs: options.runs,
      explorerUrl: app.url,
      bareUrl,
      onRun: (run, i) => console.log(`  ${i + 1} ${run.page.padEnd(8)} idle ${run.idleMs.toFixed(0)} ms${run.firstArcsMs !== null ? `, first arcs ${run.firstArcsMs.toFixed(0)} ms` : ""}, main thread busy ${run.mainThread.busyMs.toFixed(0)} ms`),
    });
    console.log(`bench: ${TRACED_LOADS} traced loads of each page, interleaved, for the split of main-thread work…`);
    const first = loads.find((l) => l.page === "explorer");
    const explorerMap: ExplorerMap = { size: first?.mapSize ?? { width: 1280, height: 800 }, camera: first?.camera ?? null };
    const traced: { explorer: (MainThreadSplit | null)[]; bare: (MainThreadSplit | null)[] } = { explorer: [], bare: [] };
    for (let i = 0; i < TRACED_LOADS; i += 1) {
      traced.explorer.push(await tracedSplit("explorer", app.url));
      traced.bare.push(await tracedSplit("bare", bareUrl(explorerMap)));
    }
    split = { explorer: medianSplit(traced.explorer), bare: medianSplit(traced.bare) };
    console.log(`bench: ${REST_LOADS} loads of each page left at rest for the main-thread work of a map that does not move…`);
    const resting: { explorer: number[]; bare: number[] } = { explorer: [], bare: [] };
    for (let i = 0; i < REST_LOADS; i += 1) {
      resting.explorer.push(await restingWork("explorer", app.url));
      resting.bare.push(await restingWork("bare", bareUrl(explorerMap)));
    }
    atRest = { explorerMsPerS: median(resting.explorer), bareMsPerS: median(resting.bare) };
  }
  const { steps, failures, flowmap } = await stepPhase(options, stepsSite.url);
  let packages: PackageOpen[] = [];
  if (!options.skip.includes("packages")) {
    console.log(`bench: opening synthetic data packages of ${options.packages.join(", ")} figures by link…`);
    packages = await openPackages(app.url, writeSyntheticPackages(OUT_DIRS.app, options.packages), (o) => console.log(`  ${o.figures} figures: compiled ready ${o.compiled.readyMs.toFixed(0)} ms, raw ready ${o.raw.readyMs.toFixed(0)} ms`));
  }

  const appSizes = fileSizes(OUT_DIRS.app);
  const bareSizes = fileSizes(OUT_DIRS.bare);
  const loadSummary = loads.length ? summarizeLoads(loads) : null;
  const appView = loads.length ? firstView(loads, "explorer", appSizes) : null;
  const bareView = loads.length ? firstView(loads, "bare", bareSizes) : null;

  if (loadSummary) printLoads(loads, loadSummary);
  if (split) printSplit(split, TRACED_LOADS);
  if (atRest) printAtRest(atRest, REST_LOADS);
  printSizes("Explorer (npm run build → dist/, measured from its copy in bench/dist/app/)", appSizes, appView);
  printSizes("Bare MapLibre page (bench/dist/bare/)", bareSizes, bareView);
  if (appView && bareView) printFirstViewComparison(appView, bareView);
  printSteps(steps, failures);
  printFlowmap(flowmap, steps.find((s) => s.flows === FLOWMAP_FLOWS && s.dataset === String(FLOWMAP_FLOWS)));
  printPackages(packages);

  const report = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
    options,
    goals: GOALS,
    loads: loadSummary ? { summary: loadSummary, runs: loads, tracedSplit: split, atRest } : null,
    bundle: { explorer: { files: appSizes, firstView: appView }, bare: { files: bareSizes, firstView: bareView } },
    monthStep: steps,
    flowmap,
    packages,
    failures,
  };
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(join(ROOT, "bench/results/latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nwrote bench/results/latest.json");
}

main()
  .then(async () => {
    await stopAll();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    // After Ctrl-C the signal handler reports and exits; the failure it caused is no news.
    const signal = interruptedBy();
    if (!signal) console.error(error);
    await stopAll();
    process.exit(signal ? 128 + constants.signals[signal] : 1);
  });

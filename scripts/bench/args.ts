import { parseArgs } from "node:util";

export const PHASES = ["loads", "steps", "flowmap", "packages"] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  /** Page loads of each kind (explorer, bare), interleaved */
  runs: number;
  /** Month steps measured per data set (after warm-up) */
  steps: number;
  /** Month steps measured on flowmap.gl (each is slow) */
  flowmapSteps: number;
  /** "bundled" and synthetic flow counts */
  datasets: string[];
  /** Sizes, in figures, of the synthetic data packages opened by link */
  packages: number[];
  /** Data sets with more flows than this are never drawn (SwiftShader: minutes per frame) */
  drawMax: number;
  /** flowmap.gl: also step months with its time filter (slow: ~seconds per step) */
  flowmapTimeFilter: boolean;
  /** Reuse bench/dist/ (app, step pages, bare page) instead of building */
  skipBuild: boolean;
  skip: Phase[];
  help: boolean;
}

export const USAGE = `npm run bench [-- options]
  --runs N              page loads of each kind, explorer and bare MapLibre interleaved (default 9: more loads steady the medians on a noisy machine)
  --steps N             month steps measured per data set, after 10 warm-up steps (default 60)
  --datasets LIST       bundled and/or synthetic flow counts (default bundled,10000,100000,1000000)
  --draw-max N          draw one frame only for data sets up to N flows (default 100000)
  --flowmap-steps N     month steps measured on flowmap.gl's FlowmapLayer, 100,000 flows (default 20)
  --flowmap-time-filter also step flowmap.gl with its own time filter (about 3 s a step)
  --packages LIST       synthetic data packages to open by link, in figures (default 1000,20000,100000)
  --skip LIST           leave out phases: loads, steps, flowmap, packages
  --skip-build          reuse the builds in bench/dist/ from the last run
  --help`;

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} wants a whole number ≥ 1, got "${text}"`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      runs: { type: "string" },
      steps: { type: "string" },
      "flowmap-steps": { type: "string" },
      datasets: { type: "string" },
      packages: { type: "string" },
      "draw-max": { type: "string" },
      "flowmap-time-filter": { type: "boolean" },
      skip: { type: "string" },
      "skip-build": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  const datasets = (values.datasets ?? "bundled,10000,100000,1000000").split(",").map((d) => d.trim()).filter(Boolean);
  for (const d of datasets) if (d !== "bundled") positiveInt("datasets", d, 1);
  const skip = (values.skip ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const s of skip) if (!(PHASES as readonly string[]).includes(s)) throw new Error(`--skip: unknown phase "${s}" (${PHASES.join(", ")})`);
  return {
    runs: positiveInt("runs", values.runs, 9),
    steps: positiveInt("steps", values.steps, 60),
    flowmapSteps: positiveInt("flowmap-steps", values["flowmap-steps"], 20),
    datasets,
    packages: (values.packages ?? "1000,20000,100000").split(",").map((p) => positiveInt("packages", p.trim(), 1000)),
    drawMax: positiveInt("draw-max", values["draw-max"], 100_000),
    flowmapTimeFilter: values["flowmap-time-filter"] ?? false,
    skipBuild: values["skip-build"] ?? false,
    skip: skip as Phase[],
    help: values.help ?? false,
  };
}

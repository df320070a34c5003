import type { Layer } from "@deck.gl/core";
import { loadCompiledPackage } from "../src/app/load-data";
import { buildFrames, type Frames } from "../src/data/frames/build-frames";
import { monthLayers, packedArrays, prepareMetric, STEP_LAYER_ID } from "./app-layers";
import { checkpoint, log, numberParam, publish, query, typedArrayBytes } from "./page/checkpoint";
import { createMeasuredDeck, drawOneFrameMs, nextFrame, waitForGpu } from "./page/measured-deck";
import type { StepPageResult } from "./page/result-types";
import { runSteps } from "./page/step-loop";
import { syntheticFrames } from "./synthetic-frames";

/**
 * Measures one month step the way the explorer does it (app-layers.ts), on a plain deck.gl canvas
 * (no basemap): our layer building, then deck.gl's layer diff and attribute updates, each timed
 * apart from rasterization, which SwiftShader does in software here.
 * Query: dataset=bundled|<flow count>, steps=<n>, draw=0 to never draw (big data sets).
 */
const dataset = query.get("dataset") ?? "bundled";
const STEPS = numberParam("steps", 60);
const WARM_UP_STEPS = 10;
const DRAW = query.get("draw") !== "0";

async function loadFrames(): Promise<{ frames: Frames; metric: string; framesMs: number; framesBy: string }> {
  if (dataset === "bundled") {
    const data = await loadCompiledPackage(new URL("data/corridors.json", window.location.href).href);
    const start = performance.now();
    const frames = buildFrames(data);
    return { frames, metric: data.dataset.defaultMetric, framesMs: performance.now() - start, framesBy: "buildFrames (compiled package)" };
  }
  const start = performance.now();
  const frames = syntheticFrames(Number(dataset));
  return { frames, metric: "trade_value", framesMs: performance.now() - start, framesBy: "syntheticFrames (Flow objects + month-major arrays)" };
}

async function run(): Promise<StepPageResult> {
  await checkpoint("start");
  log(`bench: loading ${dataset}`);
  const { frames, metric, framesMs, framesBy } = await loadFrames();
  await checkpoint("frames");
  const packStart = performance.now();
  const prepared = prepareMetric(frames, metric);
  const packMs = performance.now() - packStart;
  await checkpoint("packed");
  log("bench: frames ready");

  const canvas = document.getElementById("deck");
  if (!(canvas instanceof HTMLCanvasElement)) throw new Error("no canvas#deck");
  const monthCount = frames.months.length;
  // A step goes from the month before, as when the explorer plays or a reader presses →.
  const layersFor = (monthOffset: number): Layer[] => monthLayers(prepared, (monthOffset + monthCount - 1) % monthCount, monthOffset);
  let firstArcsMs = -1;
  const deck = await createMeasuredDeck({
    canvas,
    layers: layersFor(0),
    draw: DRAW,
    onAfterRender: (d) => {
      if (firstArcsMs < 0 && d.props.layers.some((l) => (l as Layer).id === STEP_LAYER_ID)) firstArcsMs = performance.now();
    },
  });
  if (DRAW) {
    while (firstArcsMs < 0) await nextFrame();
    waitForGpu(canvas);
  } else deck.applyLayerUpdates();
  await checkpoint("layers");
  log("bench: layers ready");

  const timings = await runSteps(
    deck,
    {
      build: layersFor,
      apply: (layers) => {
        deck.setProps({ layers });
        deck.applyLayerUpdates();
      },
      settle: () => waitForGpu(canvas),
    },
    { steps: STEPS, warmUp: WARM_UP_STEPS, monthCount },
  );
  await checkpoint("steps");

  let drawMs = -1;
  if (DRAW) {
    deck.setProps({ layers: layersFor(2 % monthCount) });
    deck.applyLayerUpdates();
    drawMs = drawOneFrameMs(deck, canvas);
  }
  log("bench: done");
  const allFrames = [...frames.flows.values(), ...frames.corridors.values(), ...frames.totals.values(), ...frames.listed.values()];
  const framesBytes = typedArrayBytes(allFrames.flatMap((f) => [f.values, f.methods]));
  const packedBytes = typedArrayBytes(packedArrays(prepared));
  deck.finalize();
  return {
    library: "ours",
    variant: "month slices",
    dataset,
    flows: prepared.flowCount,
    months: monthCount,
    framesMs,
    framesBy,
    packMs,
    typedArrayBytes: { frames: framesBytes, packed: packedBytes },
    drawn: DRAW,
    firstArcsMs,
    drawMs,
    timings,
    crossOriginIsolated: window.crossOriginIsolated,
  };
}

publish(run);

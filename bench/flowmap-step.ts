import { CompositeLayer, type Layer } from "@deck.gl/core";
import { FlowmapLayer } from "@flowmap.gl/layers";
import { flowmapLocations, flowmapRecords, monthStart, type FlowmapFlow, type FlowmapLocation } from "./flowmap-data";
import { checkpoint, log, numberParam, publish, query, typedArrayBytes } from "./page/checkpoint";
import { createMeasuredDeck, drawOneFrameMs, nextFrame, waitForGpu } from "./page/measured-deck";
import type { StepPageResult } from "./page/result-types";
import { runSteps } from "./page/step-loop";
import { syntheticFrames } from "./synthetic-frames";

/**
 * The same month step as step.ts, done by @flowmap.gl/layers' FlowmapLayer on the same synthetic
 * flows, canvas, view and deck.gl setup. Two ways a flowmap.gl user steps months:
 * - variant=month-arrays (default): each month's records are a ready array, swapped in as `data`
 *   (flowmap.gl's best case, like our precomputed month slices);
 * - variant=time-filter: one array of time-stamped records and its `filter.selectedTimeRange`.
 * Clustering is off and every flow is displayed (maxTopFlowsDisplayNum), so it draws what ours
 * draws; other settings are flowmap.gl's defaults (light mode, to match our theme).
 * FlowmapLayer computes its layer data in a promise: a step is done when that has arrived and its
 * sub-layers are updated. Only microtasks run in between, so the time is all CPU.
 */
const dataset = query.get("dataset") ?? "100000";
const VARIANT = query.get("variant") === "time-filter" ? "time-filter" : "month-arrays";
const STEPS = numberParam("steps", 20);
const WARM_UP_STEPS = numberParam("warmup", 3);
const DRAW = query.get("draw") !== "0";
const LAYER_ID = "flowmap";
const UPDATE_TIMEOUT_MS = 300_000;

async function run(): Promise<StepPageResult> {
  await checkpoint("start");
  const framesStart = performance.now();
  const frames = syntheticFrames(Number(dataset));
  const framesMs = performance.now() - framesStart;
  const flows = frames.flows.get("trade_value");
  if (!flows) throw new Error("no synthetic flows");
  await checkpoint("frames");

  const packStart = performance.now();
  const locations = flowmapLocations(flows);
  const records = flowmapRecords(flows, frames.months, VARIANT === "time-filter");
  const monthData = records.map((monthFlows) => ({ locations, flows: monthFlows }));
  const allData = { locations, flows: VARIANT === "time-filter" ? records.flat() : [] };
  const packMs = performance.now() - packStart;
  await checkpoint("packed");
  log(`bench: ${VARIANT} data ready`);

  let layersDataArrived: (() => void) | undefined;
  const layersFor = (monthOffset: number): Layer[] => {
    const month = frames.months[monthOffset] ?? 0;
    return [
      new FlowmapLayer<FlowmapLocation, FlowmapFlow>({
        id: LAYER_ID,
        data: VARIANT === "time-filter" ? allData : (monthData[monthOffset] ?? allData),
        ...(VARIANT === "time-filter"
          ? { filter: { selectedTimeRange: [monthStart(month), monthStart(month + 1)] }, getFlowTime: (f: FlowmapFlow) => f.time ?? monthStart(month) }
          : {}),
        getLocationId: (l) => l.id,
        getLocationLat: (l) => l.lat,
        getLocationLon: (l) => l.lon,
        getFlowOriginId: (f) => f.origin,
        getFlowDestId: (f) => f.dest,
        getFlowMagnitude: (f) => f.count,
        clusteringEnabled: false,
        maxTopFlowsDisplayNum: Number.POSITIVE_INFINITY,
        darkMode: false,
        onScaleChange: () => layersDataArrived?.(),
      }),
    ];
  };
  /** Resolves when FlowmapLayer has handed its new layer data to deck.gl (its onScaleChange callback). */
  const nextLayersData = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`FlowmapLayer produced no layer data within ${UPDATE_TIMEOUT_MS / 1000} s`)), UPDATE_TIMEOUT_MS);
      layersDataArrived = () => {
        clearTimeout(timer);
        layersDataArrived = undefined;
        resolve();
      };
    });

  const canvas = document.getElementById("deck");
  if (!(canvas instanceof HTMLCanvasElement)) throw new Error("no canvas#deck");
  let firstArcsMs = -1;
  const firstData = nextLayersData();
  const deck = await createMeasuredDeck({
    canvas,
    layers: layersFor(0),
    draw: DRAW,
    onAfterRender: (d) => {
      const layer = d.liveLayer(LAYER_ID);
      if (firstArcsMs < 0 && layer instanceof CompositeLayer && layer.getSubLayers().length > 0) firstArcsMs = performance.now();
    },
  });
  deck.applyLayerUpdates();
  await firstData;
  deck.applyLayerUpdates();
  if (DRAW) {
    while (firstArcsMs < 0) await nextFrame();
    waitForGpu(canvas);
  }
  await checkpoint("layers");
  log("bench: layers ready");

  const timings = await runSteps(
    deck,
    {
      build: layersFor,
      apply: async (layers) => {
        const arrived = nextLayersData();
        deck.setProps({ layers });
        // FlowmapLayer.updateState: its whole data pipeline (aggregation, sorting, scales, attributes) runs here…
        deck.applyLayerUpdates();
        // …and hands its result over in a promise; then deck.gl updates the sub-layers.
        await arrived;
        deck.applyLayerUpdates();
      },
      // The same start for each step as ours (step-loop.ts).
      settle: () => waitForGpu(canvas),
    },
    { steps: STEPS, warmUp: WARM_UP_STEPS, monthCount: frames.months.length },
  );
  await checkpoint("steps");

  let drawMs = -1;
  if (DRAW) drawMs = drawOneFrameMs(deck, canvas);
  deck.finalize();
  return {
    library: "flowmap",
    variant: VARIANT,
    dataset,
    flows: flows.items.length,
    months: frames.months.length,
    framesMs,
    framesBy: "syntheticFrames, then flowmap.gl records",
    packMs,
    typedArrayBytes: { frames: typedArrayBytes([flows.values, flows.methods]), packed: 0 },
    drawn: DRAW,
    firstArcsMs,
    drawMs,
    timings,
    crossOriginIsolated: window.crossOriginIsolated,
  };
}

publish(run);

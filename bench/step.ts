import { Deck, type Layer } from "@deck.gl/core";
import { loadCompiledPackage } from "../src/app/load-data";
import { buildFrames, type Frames } from "../src/data/frames/build-frames";
import { ARCS_LAYER_ID } from "../src/map/layers/arcs-layer";
import { buildMapLayers } from "../src/map/layers/build-map-layers";
import { packArcGeometry, packMetric } from "../src/map/layers/pack-metric";
import { syntheticFrames } from "./synthetic-frames";

/**
 * Measures one month step the way the explorer does it, on a plain deck.gl canvas (no basemap):
 * our selectors and layer builders, then deck.gl's layer diff and attribute updates, each timed
 * apart from rasterization, which SwiftShader does in software here.
 */
const params = new URLSearchParams(window.location.search);
const dataset = params.get("dataset") ?? "bundled";
const STEPS = Number(params.get("steps") ?? "60");
const WARM_UP_STEPS = 10;

interface StepTiming {
  oursMs: number;
  deckUpdateMs: number;
  updateAttributesMs: number;
}

/** deck.gl keeps its layer manager and per-frame stats protected; a subclass may use them. */
class MeasuredDeck extends Deck {
  /** Runs the layer and attribute updates now rather than at the next animation frame, so they can be timed. */
  applyLayerUpdates(): void {
    this.layerManager?.updateLayers();
  }

  /** Total time deck.gl has spent updating attributes so far (its own stat, summed over layers). */
  attributeUpdateTotalMs(): number {
    return this.stats.get("Update Attributes").time;
  }
}

async function loadFrames(): Promise<{ frames: Frames; metric: string }> {
  if (dataset === "bundled") {
    const data = await loadCompiledPackage(new URL("data/corridors.json", window.location.href).href);
    return { frames: buildFrames(data), metric: data.dataset.defaultMetric };
  }
  return { frames: syntheticFrames(Number(dataset)), metric: "trade_value" };
}

const log = (message: string) => {
  if (params.has("verbose")) console.log(message);
};

async function run() {
  log(`bench: loading ${dataset}`);
  const { frames, metric } = await loadFrames();
  log("bench: frames ready");
  const framesReadyMs = performance.now();
  const packed = packMetric(frames, metric);
  const arcs = packArcGeometry(packed, "light", "direction");
  const canvas = document.getElementById("deck") as HTMLCanvasElement;
  const layersFor = (monthOffset: number): Layer[] =>
    buildMapLayers({ packed, arcs, monthOffset, zones: [], routes: [], places: [], theme: "light", visible: { zones: true, routes: true, places: true, flows: true }, pinned: null });
  let firstArcsMs = -1;
  const deck = await new Promise<MeasuredDeck>((resolve) => {
    const instance: MeasuredDeck = new MeasuredDeck({
      canvas,
      width: 1000,
      height: 700,
      initialViewState: { longitude: 72, latitude: 45, zoom: 3.6 },
      controller: false,
      layers: layersFor(0),
      onAfterRender: () => {
        if (firstArcsMs < 0 && instance.props.layers.some((l) => (l as Layer).id === ARCS_LAYER_ID)) firstArcsMs = performance.now();
      },
      onLoad: () => resolve(instance),
    });
  });
  log("bench: deck loaded");
  while (firstArcsMs < 0) await new Promise((r) => requestAnimationFrame(r));
  log("bench: first arcs drawn");
  const gl = canvas.getContext("webgl2");
  const timings: StepTiming[] = [];
  const monthCount = frames.months.length;
  // CPU: steps back to back, each applied in full (layers built, diffed, attributes updated) but not
  // drawn, so the animation loop's software rasterization cannot leak into the figures.
  // The first steps pay for JIT compilation; they are run but not reported.
  for (let step = -WARM_UP_STEPS; step < STEPS; step += 1) {
    const offset = (step + WARM_UP_STEPS + 1) % monthCount;
    const t0 = performance.now();
    const layers = layersFor(offset);
    const attributesBefore = deck.attributeUpdateTotalMs();
    const t1 = performance.now();
    deck.setProps({ layers });
    deck.applyLayerUpdates();
    const t2 = performance.now();
    if (step >= 0) timings.push({ oursMs: t1 - t0, deckUpdateMs: t2 - t1, updateAttributesMs: deck.attributeUpdateTotalMs() - attributesBefore });
    log(`step ${step}: ${(t2 - t0).toFixed(1)} ms`);
  }
  // Drawing, apart: one frame drawn and read back (readPixels waits for SwiftShader to finish).
  deck.setProps({ layers: layersFor(2 % monthCount) });
  deck.applyLayerUpdates();
  const drawStart = performance.now();
  deck.redraw("benchmark draw");
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  const drawMs = performance.now() - drawStart;
  log("bench: done");
  const flows = packed.flows?.items.length ?? 0;
  deck.finalize();
  return { dataset, flows, months: monthCount, framesReadyMs, firstArcsMs, drawMs, timings };
}

run()
  .then((result) => {
    (window as unknown as { benchResult: unknown }).benchResult = result;
  })
  .catch((error: unknown) => {
    (window as unknown as { benchResult: unknown }).benchResult = { error: String(error) };
  });

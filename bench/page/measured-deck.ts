import { Deck, type Layer } from "@deck.gl/core";

/** The view every step page uses (Central Asia), on a 1000 × 700 canvas. */
export const BENCH_VIEW = { longitude: 72, latitude: 45, zoom: 3.6 } as const;
export const BENCH_CANVAS = { width: 1000, height: 700 } as const;

/** deck.gl keeps its layer manager and per-frame stats protected; a subclass may use them. */
export class MeasuredDeck extends Deck {
  /** When false, deck.gl's animation loop updates layers but never draws (see createMeasuredDeck). */
  drawing = true;

  /** Runs the layer and attribute updates now rather than at the next animation frame, so they can be timed. */
  applyLayerUpdates(): void {
    this.layerManager?.updateLayers();
  }

  /** Total time deck.gl has spent updating attributes so far (its own stat, summed over layers). */
  attributeUpdateTotalMs(): number {
    return this.stats.get("Update Attributes").time;
  }

  /** The live (matched) layer with this id, after the last update. */
  liveLayer(id: string): Layer | undefined {
    return this.layerManager?.getLayers({ layerIds: [id] }).find((l) => l.id === id);
  }
}

export interface DeckSetup {
  canvas: HTMLCanvasElement;
  layers: Layer[];
  /** Draw frames (SwiftShader: slow for big data) or only update layers and attributes. */
  draw: boolean;
  /** Called after each drawn frame */
  onAfterRender?: (deck: MeasuredDeck) => void;
}

/**
 * A deck.gl canvas with our view. With `draw: false`, deck's `_customRender` hook replaces drawing
 * with nothing: the animation loop still initialises and updates layers (what we measure), but
 * SwiftShader never rasterises, which at 1M arcs would take many minutes per frame.
 */
export function createMeasuredDeck(setup: DeckSetup): Promise<MeasuredDeck> {
  return new Promise<MeasuredDeck>((resolve) => {
    const deck: MeasuredDeck = new MeasuredDeck({
      canvas: setup.canvas,
      ...BENCH_CANVAS,
      initialViewState: BENCH_VIEW,
      controller: false,
      layers: setup.layers,
      _customRender: (reason: string) => {
        if (deck.drawing) deck._drawLayers(reason);
      },
      onAfterRender: () => setup.onAfterRender?.(deck),
      onLoad: () => resolve(deck),
    });
    deck.drawing = setup.draw;
  });
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Blocks until the GPU process has finished everything queued (readPixels waits for it), so a
 * frame SwiftShader is still rasterising cannot slow down the steps measured after it.
 */
export function waitForGpu(canvas: HTMLCanvasElement): void {
  const gl = canvas.getContext("webgl2");
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/** Draws one frame now and waits for SwiftShader to finish it (readPixels blocks until then). */
export function drawOneFrameMs(deck: MeasuredDeck, canvas: HTMLCanvasElement): number {
  const wasDrawing = deck.drawing;
  deck.drawing = true;
  waitForGpu(canvas);
  const start = performance.now();
  deck.redraw("benchmark draw");
  waitForGpu(canvas);
  const ms = performance.now() - start;
  deck.drawing = wasDrawing;
  return ms;
}

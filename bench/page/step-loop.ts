import type { Layer } from "@deck.gl/core";
import type { MeasuredDeck } from "./measured-deck";
import type { StepTiming } from "./result-types";

export interface StepDriver {
  /** Builds the layers for one month: timed as "ours". */
  build(monthOffset: number): Layer[];
  /**
   * Hands them to deck.gl and runs its updates now. May return a promise when the library finishes
   * its own work asynchronously (flowmap.gl): only microtasks run meanwhile, no frame is drawn.
   */
  apply(layers: Layer[]): void | Promise<void>;
  /**
   * Untimed, before each step: lets the GPU process finish what the previous step sent. In the
   * explorer a step is drawn before the next one comes; back to back and never drawn, each step's
   * buffer uploads queue behind the last one's, and at a million flows (4 MB of widths a step) the
   * timer would read the wait for that queue, which rises and falls with whatever else the machine does.
   */
  settle?(): void;
}

/**
 * Month steps back to back, each applied in full (layers built, diffed, attributes updated) but not
 * drawn, so SwiftShader's software rasterization cannot leak into the figures. The first
 * `warmUp` steps pay for JIT compilation; they are run but not reported.
 */
export async function runSteps(deck: MeasuredDeck, driver: StepDriver, options: { steps: number; warmUp: number; monthCount: number }): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  for (let step = -options.warmUp; step < options.steps; step += 1) {
    const offset = (step + options.warmUp + 1) % options.monthCount;
    driver.settle?.();
    const t0 = performance.now();
    const layers = driver.build(offset);
    const attributesBefore = deck.attributeUpdateTotalMs();
    const t1 = performance.now();
    const pending = driver.apply(layers);
    if (pending) await pending;
    const t2 = performance.now();
    if (step >= 0) timings.push({ oursMs: t1 - t0, deckUpdateMs: t2 - t1, updateAttributesMs: deck.attributeUpdateTotalMs() - attributesBefore });
  }
  return timings;
}

/** What a step page publishes on `window.benchResult`; read by scripts/bench (type-only import). */

export interface StepTiming {
  /** Building the month's deck.gl layers (our builders; for flowmap.gl, constructing its layer) */
  oursMs: number;
  /** deck.gl: layer diff, state updates (flowmap.gl's data pipeline runs here) and attribute updates */
  deckUpdateMs: number;
  /** deck.gl's own "Update Attributes" stat over the step, a part of deckUpdateMs */
  updateAttributesMs: number;
}

export interface StepPageResult {
  /** "ours" (the explorer's layer builders) or "flowmap" (@flowmap.gl/layers FlowmapLayer) */
  library: "ours" | "flowmap";
  /** How months are stepped, for flowmap.gl: month arrays swapped in, or its time filter */
  variant: string;
  dataset: string;
  flows: number;
  months: number;
  /** Time to build the frames: buildFrames on the bundled data, the generator on synthetic data */
  framesMs: number;
  /** What framesMs timed */
  framesBy: string;
  /** packMetric + packArcGeometry (ours); per-month flow arrays or time-stamped records (flowmap) */
  packMs: number;
  /** Bytes held by typed arrays: the frames (values + methods), and what packing added */
  typedArrayBytes: { frames: number; packed: number };
  drawn: boolean;
  /** performance.now() when the first frame with arcs was drawn; -1 when drawing is off */
  firstArcsMs: number;
  /** One frame drawn and read back after the steps; -1 when drawing is off */
  drawMs: number;
  timings: StepTiming[];
  /** performance.now() has 5 µs steps when the page is cross-origin isolated, 100 µs otherwise */
  crossOriginIsolated: boolean;
}

export type PublishedResult = StepPageResult | { error: string };

/** Phases at which the runner samples memory (through the exposed `benchCheckpoint` binding). */
export type Checkpoint = "start" | "frames" | "packed" | "layers" | "steps";

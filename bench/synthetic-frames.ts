import type { Flow, Frames, MetricFrames } from "../src/data/frames/build-frames";

/** Deterministic pseudo-random numbers (mulberry32), so every run draws the same synthetic flows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * SYNTHETIC frames for benchmarks only: `count` flows between 500 random points over Central Asia,
 * 48 months, a tenth of the months gaps. Built straight into the month-major arrays the map uses
 * (a JSON package of 100,000 series would be hundreds of megabytes). Never real data.
 */
export function syntheticFrames(count: number, monthCount = 48, seed = 42): Frames {
  const rand = random(seed);
  const nodes = Array.from({ length: 500 }, () => [50 + rand() * 45, 35 + rand() * 20] as [number, number]);
  const items: Flow[] = [];
  for (let k = 0; k < count; k += 1) {
    const i = k % nodes.length;
    const j = (i + 1 + Math.floor(k / nodes.length)) % nodes.length;
    items.push({
      seriesKey: `synthetic-${k}`,
      metric: "trade_value",
      origin: `n${i}`,
      destination: `n${j}`,
      direction: k % 3 === 0 ? "export" : k % 3 === 1 ? "import" : "both",
      mode: "road",
      source: nodes[i] ?? [70, 45],
      target: nodes[j] ?? [75, 45],
    });
  }
  const values = new Float32Array(count * monthCount);
  const methods = new Uint8Array(count * monthCount);
  let maxValue = 0;
  for (let i = 0; i < values.length; i += 1) {
    const gap = rand() < 0.1;
    const value = gap ? Number.NaN : Math.exp(rand() * 6) * 1e6;
    values[i] = value;
    methods[i] = gap ? 0 : 1;
    if (value > maxValue) maxValue = value;
  }
  const flows: MetricFrames<Flow> = { items, values, methods, maxValue };
  const first = 2022 * 12;
  return { months: Array.from({ length: monthCount }, (_, m) => first + m), flows: new Map([["trade_value", flows]]), corridors: new Map(), totals: new Map(), listed: new Map() };
}

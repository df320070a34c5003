export interface Summary {
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of an ascending sample. */
function percentile(sorted: readonly number[], q: number): number {
  const rank = Math.max(0, Math.ceil(q * sorted.length) - 1);
  return sorted[rank] ?? Number.NaN;
}

/** Mean, median (nearest rank, as p50 is usually reported for timings), 95th percentile and maximum. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { mean: Number.NaN, p50: Number.NaN, p95: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** The middle value, averaging the middle pair of an even sample (for a handful of page loads). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** a ÷ b, NaN when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number {
  return a == null || b == null || !(b > 0) || !Number.isFinite(a) ? Number.NaN : a / b;
}

import type { DatasetInfo, Figure } from "./model";
import { unitDefinition } from "./units";

/**
 * What dataset.json would have said, guessed from the figures, when it is missing or broken: every
 * metric the figures use, in the unit they are published in. It lets the checker go on and report
 * the figures' own problems, and lets the explorer show what is valid, instead of nothing.
 */
export function fallbackDataset(figures: readonly Figure[]): DatasetInfo {
  const counts = new Map<string, { count: number; unit: string }>();
  for (const f of figures) {
    const entry = counts.get(f.metric) ?? { count: 0, unit: unitDefinition(f.unit)?.base ?? f.unit };
    entry.count += 1;
    counts.set(f.metric, entry);
  }
  const metrics = [...counts.entries()].map(([id, { unit }]) => ({ id, label: { en: id.replace(/[_-]+/g, " ") }, unit, kind: "flow" as const }));
  const busiest = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0]?.[0] ?? "metric";
  return {
    format: "trade-corridors/1",
    id: "unnamed-package",
    title: { en: "Untitled data package (dataset.json could not be read)" },
    defaultMetric: busiest,
    metrics: metrics.length > 0 ? metrics : [{ id: "metric", label: { en: "metric" }, unit: "t", kind: "flow" }],
    units: [],
    kinds: { place: [], zone: [], route: [] },
  };
}

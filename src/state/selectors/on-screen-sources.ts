import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Source } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { lookups, sourcesOfFigures, valueAt } from "./lookups";
import { drawnAt, notOnMap } from "./not-on-map";

export interface OnScreenSources {
  /** Outlets, most cited first: the short source line under the graphic */
  outlets: string[];
  /** Every source behind what is shown, for the full list */
  sources: Source[];
}

/** The sources of every value on screen this month, drawn or listed beside the map. */
export function onScreenSources(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex): OnScreenSources {
  const l = lookups(data);
  const keys = [...drawnAt(frames, metric, month), ...notOnMap(frames, metric, month).map((n) => n.seriesKey)];
  const figureIds = keys.flatMap((key) => {
    const series = l.series.get(key);
    const cell = series ? valueAt(series, month) : undefined;
    return cell ? [...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)] : [];
  });
  const sources = sourcesOfFigures(figureIds, l);
  const counts = new Map<string, number>();
  for (const id of figureIds) for (const sourceId of l.figures.get(id)?.sources ?? []) {
    const outlet = l.sources.get(sourceId)?.outlet;
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  const outlets = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  return { outlets, sources };
}

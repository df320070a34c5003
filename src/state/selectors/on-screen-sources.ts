import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Source } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { NO_FILTERS, type FlowFilters } from "../store";
import { lookups, sourcesOfFigures } from "./lookups";
import { monthRows } from "./month-rows";

export interface OnScreenSources {
  /** Outlets, most cited first: the short source line under the graphic */
  outlets: string[];
  /** Every source behind what is shown, for the full list */
  sources: Source[];
}

/** The sources of every value on screen this month, drawn (and not filtered out) or listed beside the map. */
export function onScreenSources(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters = NO_FILTERS): OnScreenSources {
  const l = lookups(data);
  // The same rows as the table and the CSV: what is drawn and not filtered out, and what is listed beside the map.
  const figureIds = monthRows(data, frames, metric, month, filters).flatMap(({ cell }) => [...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)]);
  const sources = sourcesOfFigures(figureIds, l);
  const counts = new Map<string, number>();
  for (const id of figureIds) {
    for (const sourceId of l.figures.get(id)?.sources ?? []) {
      const outlet = l.sources.get(sourceId)?.outlet;
      if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    }
  }
  const outlets = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  return { outlets, sources };
}

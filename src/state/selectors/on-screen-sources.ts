import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Source } from "../../data/model";
import type { MonthIndex } from "../../data/month";
import { NO_FILTERS, type FlowFilters } from "../store";
import { flowStates } from "./flow-focus";
import { FLOW_STATE } from "./flow-state";
import { lookups, sourcesOfFigures, valueAt } from "./lookups";
import { notOnMap } from "./not-on-map";

export interface OnScreenSources {
  /** Outlets, most cited first: the short source line under the graphic */
  outlets: string[];
  /** Every source behind what is shown, for the full list */
  sources: Source[];
}

/** Series whose values are drawn this month and not hidden by a filter. */
function visibleDrawnAt(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters): string[] {
  const offset = month - (frames.months[0] ?? 0);
  const layouts = [frames.flows.get(metric), frames.corridors.get(metric), frames.totals.get(metric)];
  const states = flowStates(layouts.map((l) => l?.items ?? []), data, filters, null);
  const keys: string[] = [];
  layouts.forEach((layout, k) => {
    if (!layout) return;
    const n = layout.items.length;
    layout.items.forEach((item, i) => {
      if (Number.isFinite(layout.values[offset * n + i]) && states[k]?.[i] !== FLOW_STATE.hidden) keys.push(item.seriesKey);
    });
  });
  return keys;
}

/** The sources of every value on screen this month, drawn (and not filtered out) or listed beside the map. */
export function onScreenSources(data: CompiledPackage, frames: Frames, metric: string, month: MonthIndex, filters: FlowFilters = NO_FILTERS): OnScreenSources {
  const l = lookups(data);
  const keys = [...visibleDrawnAt(data, frames, metric, month, filters), ...notOnMap(frames, metric, month).map((n) => n.seriesKey)];
  const figureIds = keys.flatMap((key) => {
    const series = l.series.get(key);
    const cell = series ? valueAt(series, month) : undefined;
    return cell ? [...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)] : [];
  });
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

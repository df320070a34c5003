import type { CompiledPackage, ConsistencyCheck, Figure, MonthlyValue, Place, Route, Series, Source, Zone } from "../../data/model";
import type { MonthIndex } from "../../data/month";

/** Id-keyed views of the package, built once per package and shared by every selector. */
export interface Lookups {
  places: Map<string, Place>;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  series: Map<string, Series>;
  routes: Map<string, Route>;
  zones: Map<string, Zone>;
}

const cache = new WeakMap<CompiledPackage, Lookups>();

export function lookups(data: CompiledPackage): Lookups {
  const cached = cache.get(data);
  if (cached) return cached;
  const built: Lookups = {
    places: new Map(data.places.map((p) => [p.id, p])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    figures: new Map(data.figures.map((f) => [f.id, f])),
    series: new Map(data.series.map((s) => [s.key, s])),
    routes: new Map(data.routes.map((r) => [r.id, r])),
    zones: new Map(data.zones.map((z) => [z.id, z])),
  };
  cache.set(data, built);
  return built;
}

/** Values are sorted by month: binary search keeps hover and table lookups cheap on big packages. */
export function valueAt(series: Series, month: MonthIndex): MonthlyValue | undefined {
  let low = 0;
  let high = series.values.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cell = series.values[mid];
    if (!cell) return undefined;
    if (cell.month === month) return cell;
    if (cell.month < month) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** Consistency checks that failed for a series and cover a month: shown next to the value, never hidden. */
export function failedChecksAt(data: CompiledPackage, seriesKey: string, month: MonthIndex): ConsistencyCheck[] {
  return data.checks.filter((c) => !c.ok && c.seriesKey === seriesKey && c.span[0] <= month && month <= c.span[1]);
}

/** Sources cited by a set of figures, each once, in citation order. */
export function sourcesOfFigures(figureIds: readonly string[], l: Lookups): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const id of figureIds) {
    for (const sourceId of l.figures.get(id)?.sources ?? []) {
      const source = l.sources.get(sourceId);
      if (source && !seen.has(sourceId)) {
        seen.add(sourceId);
        sources.push(source);
      }
    }
  }
  return sources;
}

export function sourcesByIds(ids: readonly string[], l: Lookups): Source[] {
  return [...new Set(ids)].flatMap((id) => {
    const source = l.sources.get(id);
    return source ? [source] : [];
  });
}

import type { LoadedPackage, Located } from "./load-package";
import type { Problem } from "./problems";
import { unitDefinition } from "./units";

/** Zone outlines drawn by hand are allowed to miss the official area by this much before we warn. */
export const ZONE_AREA_TOLERANCE = 0.15;

const ID_PATH = ["properties", "id"];

function reportDuplicates<T extends { id: string }>(items: Located<T>[], what: string, problems: Problem[]): Located<T>[] {
  const firstLine = new Map<string, number>();
  return items.filter((item) => {
    const first = firstLine.get(item.value.id);
    if (first !== undefined) {
      problems.push({ file: item.file, line: item.lineOf(ID_PATH), severity: "error", message: `duplicate ${what} id "${item.value.id}" (first used at line ${first}); this one is skipped` });
      return false;
    }
    firstLine.set(item.value.id, item.lineOf(ID_PATH));
    return true;
  });
}

/**
 * Checks what one file says about another: place ids, source ids, metrics and units. Figures with a
 * broken reference are dropped (they cannot be placed on the map); everything else is kept.
 */
export function validateReferences(loaded: LoadedPackage): { valid: LoadedPackage; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = reportDuplicates(loaded.sources, "source", problems);
  const places = reportDuplicates(loaded.places, "place", problems);
  const zones = reportDuplicates(loaded.zones, "zone", problems);
  const routes = reportDuplicates(loaded.routes, "route", problems);
  const figures = reportDuplicates(loaded.figures, "figure", problems);

  // A reference to something already reported (a dropped row, an unreadable file) is not a second error.
  const skip = loaded.rejectedIds;
  const sourceIds = new Set(sources.map((s) => s.value.id));
  const placeIds = new Set(places.map((p) => p.value.id));
  const knowsSource = (id: string) => sourceIds.has(id) || skip.has(id) || loaded.unreadable.has("sources");
  const knowsPlace = (id: string) => placeIds.has(id) || skip.has(id) || loaded.unreadable.has("places");
  const metrics = new Map((loaded.dataset?.metrics ?? []).map((m) => [m.id, m]));

  const checkSources = (item: Located<unknown>, ids: readonly string[], path: (string | number)[], label: string): boolean => {
    let ok = true;
    for (const id of ids) {
      if (!knowsSource(id)) {
        problems.push({ file: item.file, line: item.lineOf(path), severity: "error", message: `${label}: unknown source id "${id}" (not in sources.csv)` });
        ok = false;
      }
    }
    return ok;
  };

  const validFigures = figures.filter((item) => {
    const f = item.value;
    const errorsBefore = problems.length;
    const error = (message: string) => problems.push({ file: item.file, line: item.line, severity: "error", message });
    const metric = metrics.get(f.metric);
    if (loaded.dataset && !metric) error(`unknown metric "${f.metric}" (not in dataset.json, whose metrics are ${[...metrics.keys()].join(", ")}): correct the id, or add the metric to "metrics" in dataset.json`);
    const unit = unitDefinition(f.unit);
    if (metric && unit && unit.base !== metric.unit) {
      error(`unit mismatch: "${f.unit}" measures ${unit.base} but metric "${f.metric}" is in ${metric.unit}`);
    }
    if (!knowsPlace(f.origin)) error(`unknown place id "${f.origin}" in origin`);
    if (!knowsPlace(f.destination)) error(`unknown place id "${f.destination}" in destination`);
    checkSources(item, f.sources, [], `figure "${f.id}"`);
    return problems.length === errorsBefore;
  });

  for (const item of places) {
    const p = item.value;
    if (p.counterpart && !knowsPlace(p.counterpart)) {
      problems.push({ file: item.file, line: item.lineOf(["properties", "counterpart"]), severity: "error", message: `place "${p.id}": unknown place id "${p.counterpart}" in counterpart` });
    }
    checkSources(item, p.coordSources, ["properties", "coord_source"], `place "${p.id}" coord_source`);
    checkSources(item, p.sources, ["properties", "sources"], `place "${p.id}"`);
  }

  for (const item of zones) {
    const z = item.value;
    checkSources(item, z.areaSources, ["properties", "area_source"], `zone "${z.id}" area_source`);
    checkSources(item, z.sources, ["properties", "sources"], `zone "${z.id}"`);
    if (z.officialAreaKm2 !== undefined && z.outline === "approximate") {
      const deviation = Math.abs(z.measuredAreaKm2 - z.officialAreaKm2) / z.officialAreaKm2;
      if (deviation > ZONE_AREA_TOLERANCE) {
        problems.push({
          file: item.file,
          line: item.lineOf(["geometry"]),
          severity: "warning",
          message: `zone "${z.id}": drawn outline measures ${z.measuredAreaKm2} km², ${Math.round(deviation * 100)} % off the official ${z.officialAreaKm2} km²`,
        });
      }
    }
  }

  for (const item of routes) {
    const r = item.value;
    r.via.forEach((id, i) => {
      if (!knowsPlace(id)) {
        problems.push({ file: item.file, line: item.lineOf(["properties", "via", i]), severity: "error", message: `route "${r.id}": unknown place id "${id}" in via` });
      }
    });
    checkSources(item, r.sources, ["properties", "sources"], `route "${r.id}"`);
  }

  return { valid: { ...loaded, sources, places, zones, routes, figures: validFigures }, problems };
}

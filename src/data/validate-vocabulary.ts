import type { LoadedPackage, Located } from "./load-package";
import { PLACE_KINDS, ROUTE_MODES, ZONE_KINDS } from "./model";
import { PACKAGE_FILES } from "./package-files";
import type { Problem } from "./problems";

/** The languages the interface itself is written in; names in others are kept and shown with ?lang=. */
const INTERFACE_LANGUAGES = ["en", "zh", "ru"];

/**
 * Checks the words a package uses against the built-in vocabulary and the one it declares in
 * dataset.json: kinds of place and zone, route modes, the modes of metrics, headline series. A place,
 * zone or route of an unknown kind is reported with what to declare, and dropped.
 */
export function validateVocabulary(loaded: LoadedPackage): { loaded: LoadedPackage; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset = loaded.dataset;
  const placeKinds = new Set<string>([...PLACE_KINDS, ...(dataset?.kinds.place.map((k) => k.id) ?? [])]);
  const zoneKinds = new Set<string>([...ZONE_KINDS, ...(dataset?.kinds.zone.map((k) => k.id) ?? [])]);
  const modes = new Set<string>([...ROUTE_MODES, ...(dataset?.kinds.route.map((k) => k.id) ?? [])]);

  const keep = <T extends { id: string; kind?: string; mode?: string }>(items: Located<T>[], known: Set<string>, field: "kind" | "mode", what: string, declare: string) =>
    items.filter((item) => {
      const value = item.value[field];
      if (value === undefined || known.has(value) || !dataset) return true;
      problems.push({
        file: item.file,
        line: item.lineOf(["properties", field]),
        severity: "error",
        message: `${what} "${item.value.id}": ${field} "${value}" is not one of ${[...known].join(", ")}; to use it, declare it in dataset.json under "kinds": { "${declare}": [{ "id": "${value}", "label": { "en": "…" } }] }`,
      });
      loaded.rejectedIds.add(item.value.id);
      return false;
    });

  const places = keep(loaded.places, placeKinds, "kind", "place", "place");
  const zones = keep(loaded.zones, zoneKinds, "kind", "zone", "zone");
  const routes = keep(loaded.routes, modes, "mode", "route", "route");

  dataset?.metrics.forEach((metric, i) => {
    if (metric.mode && !modes.has(metric.mode)) {
      problems.push({ file: PACKAGE_FILES.dataset, line: loaded.datasetLineOf(["metrics", i, "mode"]), severity: "error", message: `metric "${metric.id}": mode "${metric.mode}" is not one of ${[...modes].join(", ")}` });
    }
    const h = metric.headline;
    if (h) {
      const ids = new Set(places.map((p) => p.value.id));
      for (const end of [h.origin, h.destination]) {
        if (!ids.has(end)) problems.push({ file: PACKAGE_FILES.dataset, line: loaded.datasetLineOf(["metrics", i, "headline"]), severity: "warning", message: `metric "${metric.id}": headline names unknown place "${end}"; the chart will pick its own series` });
      }
    }
  });

  const otherLanguages = new Set<string>();
  for (const p of places) for (const lang of Object.keys(p.value.names)) if (!INTERFACE_LANGUAGES.includes(lang)) otherLanguages.add(lang);
  for (const lang of otherLanguages) {
    problems.push({
      file: PACKAGE_FILES.places,
      line: 0,
      severity: "note",
      message: `names in "${lang}" (name_${lang}) are kept; the interface is in en, zh and ru, so they show when a link asks for the language: ?lang=${lang}`,
    });
  }
  return { loaded: { ...loaded, places, zones, routes }, problems };
}

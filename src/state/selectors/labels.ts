import type { CompiledPackage, Series } from "../../data/model";
import { strings } from "../../i18n/strings";
import { lookups } from "./lookups";

export function placeName(data: CompiledPackage, id: string): string {
  return lookups(data).places.get(id)?.nameEn ?? id;
}

/** "Xinjiang → Kazakhstan", "Horgos → all partners" */
export function seriesTitle(data: CompiledPackage, series: Pick<Series, "origin" | "destination">): string {
  const destination = lookups(data).places.get(series.destination);
  const to = destination?.kind === "group" && destination.members?.includes("*") ? strings().allPartners : (destination?.nameEn ?? series.destination);
  return `${placeName(data, series.origin)} → ${to}`;
}

export function metricLabel(data: CompiledPackage, metric: string): string {
  return data.dataset.metrics.find((m) => m.id === metric)?.label.en ?? metric;
}

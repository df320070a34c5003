import type { CompiledPackage, Place, Series } from "../../data/model";
import { currentLanguage, t, type Language } from "../../i18n/i18n";
import { lookups } from "./lookups";

/** A place's name in the reader's language where the package has it, else in English. */
export function nameOf(place: Pick<Place, "nameEn" | "names">, lang: Language = currentLanguage()): string {
  return place.names[lang] ?? place.names[lang.split("-")[0] ?? ""] ?? place.nameEn;
}

export function placeName(data: CompiledPackage, id: string): string {
  const place = lookups(data).places.get(id);
  return place ? nameOf(place) : id;
}

/** "<region> → <country>", "<port> → all partners" */
export function seriesTitle(data: CompiledPackage, series: Pick<Series, "origin" | "destination">): string {
  const destination = lookups(data).places.get(series.destination);
  const to = destination?.kind === "group" && destination.members?.includes("*") ? t("app.allPartners") : destination ? nameOf(destination) : series.destination;
  return `${placeName(data, series.origin)} → ${to}`;
}

/** A series' title with its direction when one-way, and its subject when it counts something narrower than the place. */
export function seriesTitleWithSubject(data: CompiledPackage, series: Pick<Series, "origin" | "destination" | "subject" | "direction">): string {
  const title = series.direction === "both" ? seriesTitle(data, series) : t("title.withDirection", { title: seriesTitle(data, series), direction: t(series.direction === "export" ? "title.exports" : "title.imports") });
  return series.subject ? t("title.withSubject", { title, subject: series.subject }) : title;
}

export function metricLabel(data: CompiledPackage, metric: string, lang: Language = currentLanguage()): string {
  const label = data.dataset.metrics.find((m) => m.id === metric)?.label;
  return label?.[lang] ?? label?.en ?? metric;
}

/** Package text (title, description) in the reader's language, else English. */
export function localized(text: ({ en: string } & Record<string, string | undefined>) | undefined, lang: Language = currentLanguage()): string {
  return text?.[lang] ?? text?.[lang.split("-")[0] ?? ""] ?? text?.en ?? "";
}

/** A zone's or route's name in the reader's language: Chinese where the package has it and the page is in Chinese. */
export function featureName(feature: { nameEn: string; nameZh?: string | undefined }, lang: Language = currentLanguage()): string {
  return lang.split("-")[0] === "zh" && feature.nameZh ? feature.nameZh : feature.nameEn;
}

/** The other name a card shows beside the first: Chinese on an English or Russian page, English on a Chinese one. */
export function secondNameOf(first: string, names: { en: string; zh?: string | undefined }): string | undefined {
  const second = first === names.zh ? names.en : names.zh;
  return second && second !== first ? second : undefined;
}

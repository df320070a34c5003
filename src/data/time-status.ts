import type { Place, Route, Zone } from "./model";
import { monthIndex, type MonthIndex } from "./month";

/** What a route is at a given month: drawn differently for each, and named in the legend. */
export type RoutePhase = "planned" | "construction" | "operating";

/**
 * The month a published date falls in. A year alone ("2018") counts from its January, the earliest
 * it can mean: a line said to open "in 2018" is not drawn as open in 2017.
 */
export function monthOfDate(date: string): MonthIndex | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return undefined;
  return monthIndex(Number(match[1]), Number(match[2] ?? "1"));
}

/**
 * A route's phase at a month, from its dates when it has them: planned before construction began,
 * under construction until it opened, operating from then. Without dates its status stands.
 */
export function routePhaseAt(route: Pick<Route, "status" | "opened" | "constructionStarted">, month: MonthIndex): RoutePhase {
  const opened = route.opened ? monthOfDate(route.opened) : undefined;
  const started = route.constructionStarted ? monthOfDate(route.constructionStarted) : undefined;
  if (opened !== undefined && month >= opened) return "operating";
  if (started !== undefined && month >= started) return opened === undefined && route.status === "operating" ? "operating" : "construction";
  if (opened !== undefined || started !== undefined) return "planned";
  return route.status === "under_construction" ? "construction" : route.status;
}

/** A port or hub that opened after the month is shown as not yet open. */
export function placeOpenAt(place: Pick<Place, "opened">, month: MonthIndex): boolean {
  const opened = place.opened ? monthOfDate(place.opened) : undefined;
  return opened === undefined || month >= opened;
}

/** A zone is drawn only from the month it was established. */
export function zoneExistsAt(zone: Pick<Zone, "established">, month: MonthIndex): boolean {
  const established = zone.established ? monthOfDate(zone.established) : undefined;
  return established === undefined || month >= established;
}

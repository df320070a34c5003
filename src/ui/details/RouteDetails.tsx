import type { Route } from "../../data/model";
import { formatPublishedDate } from "../../format/format-month";
import { strings } from "../../i18n/strings";
import { placeName } from "../../state/selectors/labels";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

export function RouteDetails({ data, compact, route }: DetailsProps & { route: Route }) {
  const t = strings();
  return (
    <article className="details">
      <DetailsHeader nameEn={route.nameEn} nameZh={route.nameZh}>
        {t.mode[route.mode]} · {t.routeStatus[route.status]}
        {route.opened ? ` · ${t.opened(formatPublishedDate(route.opened))}` : ""}
        {route.lengthKm ? ` · ${t.lengthKm(String(route.lengthKm))}` : ""}
      </DetailsHeader>
      {route.via.length > 0 ? <p className="route-via">{route.via.map((id) => placeName(data, id)).join(" – ")}</p> : null}
      {route.geometryPrecision === "schematic" ? <p className="details-approx">{t.schematic}</p> : null}
      {!compact && route.note ? <p className="details-note">{route.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds(route.sources, lookups(data))} /> : null}
    </article>
  );
}

import { modeLabel } from "../../i18n/vocabulary";
import type { Route } from "../../data/model";
import { routePhaseAt } from "../../data/time-status";
import { formatMonthLong, formatPublishedDate } from "../../format/format-month";
import { formatNumber } from "../../format/format-value";
import { useT } from "../../i18n/use-t";
import { featureName, placeName, secondNameOf } from "../../state/selectors/labels";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

export function RouteDetails({ data, month, compact, route }: DetailsProps & { route: Route }) {
  const t = useT();
  return (
    <article className="details">
      <DetailsHeader name={featureName(route)} secondName={secondNameOf(featureName(route), { en: route.nameEn, zh: route.nameZh })}>
        {modeLabel(route.mode)} · {t("details.phaseInMonth", { phase: t(`phase.${routePhaseAt(route, month)}`), month: formatMonthLong(month) })}
        {route.opened ? ` · ${t("details.opened", { date: formatPublishedDate(route.opened) })}` : ""}
        {route.lengthKm ? ` · ${t("details.lengthKm", { km: formatNumber(route.lengthKm, 0) })}` : ""}
      </DetailsHeader>
      {route.via.length > 0 ? <p className="route-via">{route.via.map((id) => placeName(data, id)).join(" – ")}</p> : null}
      {route.geometryPrecision === "schematic" ? <p className="details-approx">{t("details.schematic")}</p> : null}
      {!compact && route.note ? <p className="details-note">{route.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds(route.sources, lookups(data))} /> : null}
    </article>
  );
}

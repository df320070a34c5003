import type { Series } from "../../data/model";
import { useT } from "../../i18n/use-t";
import { featureName, metricLabel, nameOf, placeName, seriesTitle } from "../../state/selectors/labels";
import { lookups } from "../../state/selectors/lookups";
import { useExplorerStore } from "../../state/store";
import { MonthValue } from "../MonthValue";
import type { DetailsProps } from "../SelectionDetails";
import { DetailsHeader } from "./DetailsHeader";

/** A flow, corridor or circle: its value this month, and how the map draws it. */
export function SeriesDetails({ data, month, compact, series }: DetailsProps & { series: Series }) {
  const t = useT();
  const frames = useExplorerStore((s) => s.frames);
  const l = lookups(data);
  const corridor = frames?.corridors.get(series.metric)?.items.find((c) => c.seriesKey === series.key);
  const route = corridor?.routeId ? l.routes.get(corridor.routeId) : undefined;
  const destination = l.places.get(series.destination);
  const beyond = corridor?.beyondCountry ? data.places.find((p) => p.kind === "country" && p.country === corridor.beyondCountry) : undefined;
  return (
    <article className="details">
      <DetailsHeader name={seriesTitle(data, series)}>
        {metricLabel(data, series.metric)} · {t(`direction.${series.direction}`)}
        {series.subject ? ` · ${series.subject}` : ""}
      </DetailsHeader>
      <MonthValue data={data} series={series} month={month} showSources={!compact} />
      {corridor && route ? <p className="details-route">{t("details.along", { route: featureName(route), place: placeName(data, corridor.through) })}</p> : null}
      {corridor && !route ? (
        <p className="details-route">{t("details.alongStub", { place: placeName(data, corridor.through), country: beyond ? nameOf(beyond) : (corridor.beyondCountry ?? "") })}</p>
      ) : null}
      {corridor && destination?.kind === "group" ? <p className="details-approx">{t("details.endsBeyond")}</p> : null}
      {!corridor && destination?.kind === "group" && destination.coordinates ? <p className="details-approx">{t("details.groupAnchor", { group: nameOf(destination) })}</p> : null}
    </article>
  );
}

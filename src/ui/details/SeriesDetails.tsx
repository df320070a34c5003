import type { Series } from "../../data/model";
import { strings } from "../../i18n/strings";
import { metricLabel, placeName, seriesTitle } from "../../state/selectors/labels";
import { lookups } from "../../state/selectors/lookups";
import { countryAnchors, resolveSeriesGeometry } from "../../data/frames/resolve-endpoints";
import { MonthValue } from "../MonthValue";
import type { DetailsProps } from "../SelectionDetails";
import { DetailsHeader } from "./DetailsHeader";

export function SeriesDetails({ data, month, compact, series }: DetailsProps & { series: Series }) {
  const t = strings();
  const geometry = resolveSeriesGeometry(series, lookups(data).places, countryAnchors(data.places));
  return (
    <article className="details">
      <DetailsHeader nameEn={seriesTitle(data, series)}>
        {metricLabel(data, series.metric)} · {t.direction[series.direction]}
        {series.subject ? ` · ${series.subject}` : ""}
      </DetailsHeader>
      <MonthValue data={data} series={series} month={month} showSources={!compact} />
      {geometry.kind === "arc" && geometry.toIsNeighbour ? <p className="details-approx">{t.towardsNeighbour(placeName(data, geometry.to.id))}</p> : null}
    </article>
  );
}

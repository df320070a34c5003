import type { Place } from "../../data/model";
import { formatMonthLong } from "../../format/format-month";
import { strings } from "../../i18n/strings";
import { metricLabel, seriesTitle } from "../../state/selectors/labels";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import { seriesOfPlace } from "../../state/selectors/series-for";
import { MonthValue } from "../MonthValue";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

export function PlaceDetails({ data, month, metric, compact, place }: DetailsProps & { place: Place }) {
  const t = strings();
  const series = seriesOfPlace(data, place.id, metric).slice(0, compact ? 1 : 4);
  return (
    <article className="details">
      <DetailsHeader nameEn={place.nameEn} nameZh={place.nameZh}>
        {t.placeKind[place.kind]}
        {place.status ? ` · ${place.status}` : ""}
      </DetailsHeader>
      {place.coordPrecision && place.coordPrecision !== "exact" ? (
        <p className="details-approx">
          {t.coordinate}: {t.coordPrecision[place.coordPrecision]}
          {!compact && place.coordNote ? `. ${place.coordNote}` : ""}
        </p>
      ) : null}
      <section>
        <h4>
          {metricLabel(data, metric)} · {formatMonthLong(month)}
        </h4>
        {series.length === 0 ? <p className="value-gap">{t.noValueThisMonth}</p> : null}
        {series.map((s) => (
          <div key={s.key} className="details-series">
            <p className="series-title">
              {seriesTitle(data, s)}
              {s.subject ? <span className="series-subject">{` (${s.subject})`}</span> : null}
            </p>
            <MonthValue data={data} series={s} month={month} showSources={!compact} />
          </div>
        ))}
      </section>
      {!compact && place.note ? <p className="details-note">{place.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds([...place.coordSources, ...place.sources], lookups(data))} /> : null}
    </article>
  );
}

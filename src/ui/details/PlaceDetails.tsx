import { kindLabel } from "../../i18n/vocabulary";
import type { Place } from "../../data/model";
import { placeOpenAt } from "../../data/time-status";
import { formatMonthLong, formatMonthSpan } from "../../format/format-month";
import { formatPublished } from "../../format/format-value";
import { useT } from "../../i18n/use-t";
import { showSeries } from "../../state/actions";
import { metricLabel, nameOf, secondNameOf, seriesTitleWithSubject } from "../../state/selectors/labels";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import { placeFigures } from "../../state/selectors/place-figures";
import { useExplorerStore } from "../../state/store";
import { MonthValue } from "../MonthValue";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

const SITE_KEYS = { crossing: "details.siteCrossing", port: "details.sitePort", town: "details.siteTown" } as const;

/** A place: what it is, where its point is and how sure that is, and every figure published about it. */
export function PlaceDetails({ data, month, metric, compact, place }: DetailsProps & { place: Place }) {
  const t = useT();
  const frames = useExplorerStore((s) => s.frames);
  const groups = placeFigures(data, frames, place.id, month, metric);
  const shownGroups = compact ? groups.filter((g) => g.metric.id === metric).slice(0, 1) : groups;
  return (
    <article className="details">
      <DetailsHeader name={nameOf(place)} secondName={secondNameOf(nameOf(place), { en: place.nameEn, zh: place.nameZh })}>
        {kindLabel(place.kind)}
        {place.status ? ` · ${place.status}` : ""}
      </DetailsHeader>
      {!placeOpenAt(place, month) ? <p className="details-approx">{t("details.notOpenYet", { month: formatMonthLong(month) })}</p> : null}
      {place.coordPrecision || place.coordNote || place.site ? (
        <p className={place.coordPrecision && place.coordPrecision !== "exact" ? "details-approx" : "details-position"}>
          {t("details.position", { what: [place.site ? t(SITE_KEYS[place.site]) : null, place.coordPrecision ? t(`precision.${place.coordPrecision}`) : null].filter(Boolean).join(", ") })}
          {place.coordNote && !compact ? `. ${place.coordNote}` : ""}
        </p>
      ) : null}
      {!compact && groups.length > 0 ? <h4>{t("details.figuresHere")}</h4> : null}
      {shownGroups.map((group) => (
        <section key={group.metric.id} className="details-metric">
          <h4>{metricLabel(data, group.metric.id)}</h4>
          {group.series.slice(0, compact ? 1 : undefined).map(({ series, now, latest, offTimeline }) => (
            <div key={series.key} className="details-series">
              <p className="series-title">{seriesTitleWithSubject(data, series)}</p>
              {now || group.metric.id === metric ? <MonthValue data={data} series={series} month={month} showSources={!compact} /> : null}
              {!now && latest !== undefined && !compact ? (
                <p className="value-gap">
                  {t("details.latest", { month: formatMonthLong(latest) })}{" "}
                  <button type="button" className="link-button" onClick={() => showSeries(series.key)}>
                    {t("details.show")}
                  </button>
                </p>
              ) : null}
              {now && group.metric.id !== metric && !compact ? (
                <button type="button" className="link-button" onClick={() => showSeries(series.key)}>
                  {t("details.show")}
                </button>
              ) : null}
              {!compact && offTimeline.length > 0 ? (
                <ul className="off-timeline">
                  {offTimeline.map((f) => (
                    <li key={f.id}>{`${formatMonthSpan(f.start, f.end)}: ${formatPublished(f.value, f.unit, f)}${f.status === "forecast" ? ` (${t("details.forecast")})` : ""}`}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ))}
      {!compact && place.note ? <p className="details-note">{place.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds([...place.coordSources, ...place.sources], lookups(data))} /> : null}
    </article>
  );
}

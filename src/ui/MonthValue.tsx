import type { CompiledPackage, Series } from "../data/model";
import type { MonthIndex } from "../data/month";
import { formatMonthLong } from "../format/format-month";
import { formatPercent, formatPublished, formatValue } from "../format/format-value";
import { useT } from "../i18n/use-t";
import { failedChecksAt, lookups, sourcesOfFigures, valueAt } from "../state/selectors/lookups";
import { describeRecipe, provenanceOf } from "../state/selectors/provenance";
import { MethodBadge } from "./MethodBadge";
import { SourceList } from "./SourceList";

/**
 * One series' value for the shown month, with how it was obtained, the published change, any
 * disagreement between sources, and the sources themselves.
 */
export function MonthValue({ data, series, month, showSources }: { data: CompiledPackage; series: Series; month: MonthIndex; showSources: boolean }) {
  const t = useT();
  const l = lookups(data);
  const cell = valueAt(series, month);
  if (!cell) return <p className="value-gap">{t("value.none", { month: formatMonthLong(month) })}</p>;
  const provenance = provenanceOf(cell, l);
  // A month published as such is shown with the source's own digits; computed months are rounded.
  const published = cell.method === "reported" ? provenance.plus[0] : undefined;
  const shown = published ? formatPublished(published.value, published.unit, published) : formatValue(cell.value, series.unit, { qualifier: cell });
  const recipe = describeRecipe(provenance, { minus: t("value.minus"), sharedBy: (months, divisor) => t("value.sharedBy", { months, divisor }) });
  const how =
    cell.method === "reported" ? t("value.reportedFor", { month: formatMonthLong(month) }) : cell.method === "derived" ? t("value.derivedHow", { recipe }) : t("value.spreadHow", { recipe });
  return (
    <div className="month-value">
      <p className="value-line">
        <strong className="value">{cell.negative ? "—" : shown}</strong> <MethodBadge method={cell.method} />
      </p>
      <p className="value-how">{how}</p>
      {cell.negative ? (
        <p className="value-conflict" role="note">
          {t("value.negative")}
        </p>
      ) : null}
      {provenance.yoy ? <p className="value-yoy">{t("value.yoy", { period: provenance.yoy.period, pct: formatPercent(provenance.yoy.pct) })}</p> : null}
      {cell.conflict ? (
        <p className="value-conflict" role="note">
          {t("value.conflict")}{" "}
          {cell.alternatives.map((alt) => (
            <span key={alt.figureIds.join("+")}>{`${t("value.otherSource")}: ${formatValue(alt.value, series.unit, { qualifier: alt })}. `}</span>
          ))}
        </p>
      ) : null}
      {failedChecksAt(data, series.key, month)
        .filter((check) => check.kind === "totals")
        .map((check) => (
          <p key={check.figureIds.join("+")} className="value-conflict" role="note">
            {`${t("value.checkFailed")}: ${t("value.checkDetail", { reported: formatValue(check.reported, series.unit, { digits: 4 }), derived: formatValue(check.derived, series.unit, { digits: 4 }) })}`}
          </p>
        ))}
      {showSources ? <SourceList sources={sourcesOfFigures([...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)], l)} /> : null}
    </div>
  );
}

import type { CompiledPackage, Series } from "../data/model";
import type { MonthIndex } from "../data/month";
import { formatMonthLong } from "../format/format-month";
import { formatPercent, formatPublished, formatValue } from "../format/format-value";
import { strings } from "../i18n/strings";
import { failedChecksAt, lookups, sourcesOfFigures, valueAt } from "../state/selectors/lookups";
import { describeRecipe, provenanceOf } from "../state/selectors/provenance";
import { MethodBadge } from "./MethodBadge";
import { SourceList } from "./SourceList";

/**
 * One series' value for the shown month, with how it was obtained, the published change, any
 * disagreement between sources, and the sources themselves.
 */
export function MonthValue({ data, series, month, showSources }: { data: CompiledPackage; series: Series; month: MonthIndex; showSources: boolean }) {
  const t = strings();
  const l = lookups(data);
  const cell = valueAt(series, month);
  if (!cell) {
    return <p className="value-gap">{t.noValueInMonth(formatMonthLong(month))}</p>;
  }
  const provenance = provenanceOf(cell, l);
  // A month published as such is shown with the source's own digits; computed months are rounded.
  const published = cell.method === "reported" ? provenance.plus[0] : undefined;
  const shown = published ? formatPublished(published.value, published.unit, published) : formatValue(cell.value, series.unit, cell);
  const recipe = describeRecipe(provenance, { minus: t.recipeMinus, sharedBy: t.recipeSharedBy });
  const how = cell.method === "reported" ? t.reportedFor(formatMonthLong(month)) : cell.method === "derived" ? t.derivedHow(recipe) : t.spreadHow(recipe);
  return (
    <div className="month-value">
      <p className="value-line">
        <strong className="value">{shown}</strong> <MethodBadge method={cell.method} />
      </p>
      <p className="value-how">{how}</p>
      {cell.negative ? (
        <p className="value-conflict" role="note">
          {t.negativeMonth}
        </p>
      ) : null}
      {provenance.yoy ? <p className="value-yoy">{`${provenance.yoy.period}: ${t.yoy(formatPercent(provenance.yoy.pct))}`}</p> : null}
      {cell.conflict ? (
        <p className="value-conflict" role="note">
          {t.conflictExplain}{" "}
          {cell.alternatives.map((alt) => (
            <span key={alt.figureIds.join("+")}>
              {t.alternatives}: {formatValue(alt.value, series.unit, alt)}.{" "}
            </span>
          ))}
        </p>
      ) : null}
      {failedChecksAt(data, series.key, month).filter((check) => check.kind === "totals").map((check) => (
        <p key={check.figureIds.join("+")} className="value-conflict" role="note">
          {t.checkFailed}: {t.checkDetail(formatValue(check.reported, series.unit, undefined, 4), formatValue(check.derived, series.unit, undefined, 4))}
        </p>
      ))}
      {showSources ? <SourceList sources={sourcesOfFigures([...cell.figureIds, ...cell.alternatives.flatMap((a) => a.figureIds)], l)} /> : null}
    </div>
  );
}

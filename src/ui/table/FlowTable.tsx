import { useMemo, useState } from "react";
import { formatMonthLong } from "../../format/format-month";
import { formatValue } from "../../format/format-value";
import { currentLanguage, localeOf } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { metricLabel, seriesTitleWithSubject } from "../../state/selectors/labels";
import { change } from "../../state/selectors/month-summary";
import { monthRows, type DrawnAs, type MonthRow } from "../../state/selectors/month-rows";
import { useExplorerStore } from "../../state/store";
import { MethodBadge } from "../MethodBadge";
import { showOnMap } from "./show-on-map";
import { sortRows, type SortDirection, type SortKey } from "./sort-rows";
import { useShownMonth } from "../../state/use-shown-month";
import { numberFormat } from "../../format/intl-cache";
import { LabelledCell } from "./LabelledCell";

const DRAWN_AS_KEY = { arc: "table.drawnArc", corridor: "table.drawnCorridor", circle: "table.drawnCircle", "not drawn": "table.drawnListed" } as const satisfies Record<DrawnAs, string>;

function percentText(pct: number | null): string {
  if (pct === null) return "—";
  return numberFormat(localeOf(currentLanguage()), { style: "percent", maximumSignificantDigits: 2, signDisplay: "exceptZero" }).format(pct / 100);
}

interface TableRow {
  row: MonthRow;
  title: string;
  value: number | null;
  monthChange: number | null;
  yearChange: number | null;
}

/**
 * This month's flows and figures, as a real table: what is drawn or listed beside the map, with its
 * value, unit, how the month was obtained, the change where both months were published or derived,
 * and its sources. Sortable by column; each row's name pins it on the map.
 */
export function FlowTable() {
  const t = useT();
  const { data, frames, metric, month, filters } = useShownMonth();
  const lang = useExplorerStore((s) => s.lang);
  const mapAvailable = useExplorerStore((s) => s.mapStatus === "ok");
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "value", direction: "descending" });
  const rows = useMemo((): TableRow[] => {
    if (!data || !frames || month === null) return [];
    return monthRows(data, frames, metric, month, filters).map((row) => ({
      row,
      title: seriesTitleWithSubject(data, row.series),
      value: row.cell.negative ? null : row.cell.value,
      monthChange: change(row.cell, row.monthBefore)?.pct ?? null,
      yearChange: change(row.cell, row.yearBefore)?.pct ?? null,
    }));
    // The titles are in the reader's language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, frames, metric, month, filters, lang]);
  if (!data || month === null) return null;
  const sorted = sortRows(rows, sort.key, sort.direction, localeOf(lang));
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === "descending" ? "ascending" : key === "series" && !active ? "ascending" : "descending";
    return (
      <th scope="col" role="columnheader" aria-sort={active ? sort.direction : "none"}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === "descending" ? " ▼" : " ▲") : ""}
          </span>
        </button>
      </th>
    );
  };
  const monthName = formatMonthLong(month);
  return (
    <div className="table-scroll">
      {/* The roles are the table's own, said again: on a phone its rows are cards (display: block),
          and Safari drops a table's semantics with its table display. */}
      <table className="data-table cards-on-phone flow-table" role="table">
        <caption>
          {t("table.flowsCaption", { metric: metricLabel(data, metric), month: monthName, count: rows.length })}
          <span className="table-caption-note">{t("table.sortHint")}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {header("series", t("table.series"))}
            {header("value", t("table.value"))}
            <th scope="col" role="columnheader" className="unsorted-header">
              {t("table.how")}
            </th>
            {header("monthChange", t("table.monthChange"))}
            {header("yearChange", t("table.yearChange"))}
            <th scope="col" role="columnheader" className="unsorted-header">
              {t("table.drawnAs")}
            </th>
            <th scope="col" role="columnheader" className="unsorted-header">
              {t("table.sources")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sorted.length === 0 ? (
            <tr role="row">
              <td colSpan={7} className="table-empty" role="cell">
                {t("table.empty", { month: monthName })}
              </td>
            </tr>
          ) : (
            sorted.map(({ row, title, monthChange, yearChange }) => (
              <tr key={row.series.key} role="row">
                <th scope="row" role="rowheader">
                  <button type="button" className="link-button" onClick={() => showOnMap({ type: row.drawnAs === "circle" ? "total" : "flow", id: row.series.key }, mapAvailable)}>
                    {title}
                  </button>
                </th>
                <LabelledCell label={t("table.value")} className="number">
                  {row.cell.negative ? t("table.disagree") : formatValue(row.cell.value, row.series.unit, { qualifier: { bound: row.cell.bound, approx: row.cell.approx } })}
                </LabelledCell>
                <LabelledCell label={t("table.how")}>
                  <MethodBadge method={row.cell.method} />
                  {row.cell.conflict ? <span className="value-conflict"> {t("table.conflict")}</span> : null}
                </LabelledCell>
                <LabelledCell label={t("table.monthChange")} className="number">
                  {percentText(monthChange)}
                </LabelledCell>
                <LabelledCell label={t("table.yearChange")} className="number">
                  {percentText(yearChange)}
                </LabelledCell>
                <LabelledCell label={t("table.drawnAs")}>{t(DRAWN_AS_KEY[row.drawnAs])}</LabelledCell>
                <LabelledCell label={t("table.sources")} className="table-sources">
                  {row.sources.map((source, i) => (
                    <span key={source.id}>
                      {i > 0 ? ", " : ""}
                      {source.url ? (
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          {source.outlet}
                        </a>
                      ) : (
                        source.outlet
                      )}
                    </span>
                  ))}
                </LabelledCell>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

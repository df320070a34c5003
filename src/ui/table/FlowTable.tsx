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
      <th scope="col" aria-sort={active ? sort.direction : "none"}>
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
      <table className="data-table">
        <caption>
          {t("table.flowsCaption", { metric: metricLabel(data, metric), month: monthName, count: rows.length })}
          <span className="table-caption-note">{t("table.sortHint")}</span>
        </caption>
        <thead>
          <tr>
            {header("series", t("table.series"))}
            {header("value", t("table.value"))}
            <th scope="col">{t("table.how")}</th>
            {header("monthChange", t("table.monthChange"))}
            {header("yearChange", t("table.yearChange"))}
            <th scope="col">{t("table.drawnAs")}</th>
            <th scope="col">{t("table.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={7} className="table-empty">
                {t("table.empty", { month: monthName })}
              </td>
            </tr>
          ) : (
            sorted.map(({ row, title, monthChange, yearChange }) => (
              <tr key={row.series.key}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => showOnMap({ type: row.drawnAs === "circle" ? "total" : "flow", id: row.series.key }, mapAvailable)}>
                    {title}
                  </button>
                </th>
                <td className="number">
                  {row.cell.negative ? t("table.disagree") : formatValue(row.cell.value, row.series.unit, { qualifier: { bound: row.cell.bound, approx: row.cell.approx } })}
                </td>
                <td>
                  <MethodBadge method={row.cell.method} />
                  {row.cell.conflict ? <span className="value-conflict"> {t("table.conflict")}</span> : null}
                </td>
                <td className="number">{percentText(monthChange)}</td>
                <td className="number">{percentText(yearChange)}</td>
                <td>{t(DRAWN_AS_KEY[row.drawnAs])}</td>
                <td className="table-sources">
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
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

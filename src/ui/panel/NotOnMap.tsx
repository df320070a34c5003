import { formatMonthLong } from "../../format/format-month";
import { formatValue } from "../../format/format-value";
import { useT } from "../../i18n/use-t";
import { pin } from "../../state/actions";
import { seriesTitleWithSubject } from "../../state/selectors/labels";
import { lookups, valueAt } from "../../state/selectors/lookups";
import { notOnMap } from "../../state/selectors/not-on-map";
import { useExplorerStore } from "../../state/store";
import { MethodBadge } from "../MethodBadge";
import { useShownMonth } from "../../state/use-shown-month";

/** Everything published for the month that the map cannot draw, named beside it: nothing is silently missing. */
export function NotOnMap() {
  const t = useT();
  const { data, frames, metric, month } = useShownMonth();
  useExplorerStore((s) => s.lang);
  if (!data || !frames || month === null) return null;
  const items = notOnMap(frames, metric, month);
  if (items.length === 0) return null;
  const l = lookups(data);
  return (
    <section className="not-on-map" aria-label={t("notOnMap.title", { count: items.length, month: formatMonthLong(month) })}>
      <h3>{t("notOnMap.title", { count: items.length, month: formatMonthLong(month) })}</h3>
      <ul>
        {items.map((item) => {
          const series = l.series.get(item.seriesKey);
          const cell = series ? valueAt(series, month) : undefined;
          if (!series || !cell) return null;
          const other = item.with ? l.series.get(item.with) : undefined;
          const why =
            item.why === "shares" && other
              ? t(item.withDrawn ? "notOnMap.shares" : "notOnMap.sharesEmpty", { other: seriesTitleWithSubject(data, other) })
              : item.why === "negative"
                ? t("notOnMap.negative")
                : t("notOnMap.noPosition");
          return (
            <li key={item.seriesKey}>
              <button type="button" className="link-button" onClick={() => pin({ type: "flow", id: item.seriesKey })}>
                {seriesTitleWithSubject(data, series)}
              </button>
              {": "}
              {cell.negative ? "—" : formatValue(cell.value, series.unit, { qualifier: cell })} <MethodBadge method={cell.method} />
              <span className="not-on-map-why">{` — ${why}`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

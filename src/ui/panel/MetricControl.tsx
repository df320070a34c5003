import { formatMonthLong } from "../../format/format-month";
import { useT } from "../../i18n/use-t";
import { dismissNotice, setMetric } from "../../state/actions";
import { metricLabel } from "../../state/selectors/labels";
import { useExplorerStore } from "../../state/store";

/** The metric switch, and what the explorer did when the chosen metric had nothing at the shown month. */
export function MetricControl() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const metric = useExplorerStore((s) => s.metric);
  const notice = useExplorerStore((s) => s.notice);
  if (!data) return null;
  // Metrics without a figure are not offered, but the one on screen (a link may ask for it) is always
  // named: the switch must never read "Trade value" over a map of something else.
  const metricsWithData = data.dataset.metrics.filter((m) => m.id === metric || data.series.some((s) => s.metric === m.id && s.values.length > 0));
  return (
    <div className="metric-control">
      <div className="control-row">
        <label htmlFor="metric-select">{t("panel.metric")}</label>
        {/* On a phone the closed select cannot wrap its text, and long names ("Пересечения транспортных
            средств", "Пересечения границы (люди)") would both read "Пересечения т…": the chosen name is
            drawn beneath a transparent select instead, wrapped as it needs. The select keeps taps,
            focus and its name for screen readers; the face is hidden from them. */}
        <span className="select-face">
          <span className="select-face-text" aria-hidden="true">
            {metricLabel(data, metric)}
          </span>
          <select id="metric-select" value={metric} onChange={(event) => setMetric(event.currentTarget.value)}>
            {metricsWithData.map((m) => (
              <option key={m.id} value={m.id}>
                {metricLabel(data, m.id)}
              </option>
            ))}
          </select>
        </span>
      </div>
      {notice ? (
        <p className="notice" role="status">
          {notice.kind === "moved-to-data"
            ? t("panel.movedToData", { metric: metricLabel(data, notice.metric), from: formatMonthLong(notice.from), to: formatMonthLong(notice.to) })
            : t("panel.noDataAtAll", { metric: metricLabel(data, notice.metric) })}{" "}
          <button type="button" className="link-button" onClick={dismissNotice}>
            {t("panel.dismiss")}
          </button>
        </p>
      ) : null}
    </div>
  );
}

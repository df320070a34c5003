import { formatMonthLong } from "../format/format-month";
import { useT } from "../i18n/use-t";
import { PLACE_COLORS, ROUTE_COLORS, ZONE_COLORS, cssColor } from "../map/layers/palette";
import { legendModel } from "../state/selectors/legend-model";
import { useExplorerStore } from "../state/store";
import { MapSymbol } from "./MapSymbol";
import { MethodBadge } from "./MethodBadge";
import { useShownMonth } from "../state/use-shown-month";

/** A route's line pattern, as MapLibre draws it (dash lengths in line widths). */
function RouteSample({ color, width, dash }: { color: string; width: number; dash: number[] | undefined }) {
  return (
    <svg width="28" height="8" aria-hidden="true">
      <line x1="1" x2="27" y1="4" y2="4" stroke={color} strokeWidth={width} strokeDasharray={dash?.map((d) => Math.max(0.6, d * width)).join(" ")} strokeLinecap={dash ? "round" : "butt"} />
    </svg>
  );
}

/**
 * What every mark on the map means, in the colours and shapes actually drawn: flow widths in round
 * values of the locked scale, the colours of the current scheme (only those on the map), circles,
 * symbols, route patterns and the words for how monthly values were obtained.
 */
export function Legend({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { data, frames, metric, month } = useShownMonth();
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  if (!data || !frames) return null;
  const model = legendModel(data, frames, metric, theme, colorBy);
  const ink = theme === "dark" ? "#d0d0d0" : "#555";
  const route = cssColor(ROUTE_COLORS[theme].line);
  const planned = cssColor(ROUTE_COLORS[theme].planned);
  return (
    <section className={`legend${compact ? " legend-compact" : ""}`} aria-label={compact ? t("legend.compactTitle") : t("legend.title")}>
      {compact ? null : <h3>{t("legend.title")}</h3>}
      {model.widths.length > 0 ? (
        <div className="legend-block">
          {compact ? (
            <span className="legend-inline-caption">{t("legend.widthShort")}</span>
          ) : (
            <p className="legend-caption">{month !== null ? t("legend.width", { month: formatMonthLong(month) }) : t("legend.widthAnyMonth")}</p>
          )}
          <ul className="legend-widths">
            {model.widths.map((key) => (
              <li key={key.label}>
                <svg width="40" height={Math.max(8, key.pixels + 4)} aria-hidden="true">
                  <line x1="2" x2="38" y1={Math.max(4, key.pixels / 2 + 2)} y2={Math.max(4, key.pixels / 2 + 2)} strokeWidth={key.pixels} stroke={ink} />
                </svg>
                <span>{key.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {model.colors.length > 0 ? (
        <ul className="legend-colors">
          {model.colors.map((k) => (
            <li key={k.key}>
              <span className="swatch" style={{ background: cssColor(k.color) }} aria-hidden="true" />
              {k.label}
            </li>
          ))}
        </ul>
      ) : null}
      {compact ? null : (
        <>
          <p className="legend-note">{t("legend.scaleLocked")}</p>
          {model.hasCorridors ? <p className="legend-item">{t("legend.corridor")}</p> : null}
          {model.hasArcs ? <p className="legend-item">{t("legend.arc")}</p> : null}
          {model.hasArrows ? <p className="legend-item">{t("legend.arrow")}</p> : null}
          {model.circles.length > 0 ? (
            <div className="legend-block">
              <p className="legend-caption">{t("legend.circle")}</p>
              <ul className="legend-circles">
                {model.circles.map((key) => (
                  <li key={key.label}>
                    <svg width={key.pixels * 2 + 4} height={key.pixels * 2 + 4} aria-hidden="true">
                      <circle cx={key.pixels + 2} cy={key.pixels + 2} r={key.pixels} fill={cssColor(PLACE_COLORS[theme].total)} stroke={cssColor(PLACE_COLORS[theme].totalLine)} strokeWidth="1.5" />
                    </svg>
                    <span>{key.label}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ul className="legend-symbols">
            <li><MapSymbol id="icon-port" theme={theme} /> {t("legend.port")}</li>
            <li><MapSymbol id="icon-port-approx" theme={theme} /> {t("legend.portApprox")}</li>
            <li><MapSymbol id="icon-port" theme={theme} faded /> {t("legend.notOpen")}</li>
            <li><MapSymbol id="icon-hub" theme={theme} /> {t("legend.hub")}</li>
            <li><MapSymbol id="icon-airport" theme={theme} /> {t("legend.airport")}</li>
            <li><MapSymbol id="icon-town" theme={theme} /> {t("legend.city")}</li>
          </ul>
          <ul className="legend-symbols">
            <li><RouteSample color={route} width={1.8} dash={undefined} /> {t("legend.rail")}</li>
            <li><RouteSample color={route} width={1.3} dash={undefined} /> {t("legend.road")}</li>
            <li><RouteSample color={route} width={1.1} dash={[4, 3]} /> {t("legend.air")}</li>
            <li><RouteSample color={planned} width={1.6} dash={[2.5, 1.5]} /> {t("legend.construction")}</li>
            <li><RouteSample color={planned} width={1.6} dash={[0.1, 2.2]} /> {t("legend.planned")}</li>
            <li>
              <span className="symbol symbol-zone" style={{ borderColor: cssColor(ZONE_COLORS[theme].line), background: cssColor(ZONE_COLORS[theme].fill) }} aria-hidden="true" />{" "}
              {`${t("legend.zone")} (${t("legend.zoneApprox")})`}
            </li>
          </ul>
          <dl className="legend-terms">
            <dt><MethodBadge method="derived" /></dt>
            <dd>{t("method.explainDerived")}</dd>
            <dt><MethodBadge method="spread" /></dt>
            <dd>{t("method.explainSpread")}</dd>
            <dt>{t("precision.approximate")}</dt>
            <dd>{t("method.explainApproximate")}</dd>
            <dt>{t("time.chartGap")}</dt>
            <dd>{t("method.explainGap")}</dd>
          </dl>
        </>
      )}
    </section>
  );
}

import type { Direction } from "../data/model";
import type { FlowMode } from "../data/frames/resolve-endpoints";
import { formatValue } from "../format/format-value";
import { strings } from "../i18n/strings";
import { lockedRadiusScale, lockedWidthScale } from "../map/layers/flow-scale";
import { DIRECTION_COLORS, MODE_COLORS, ROUTE_COLORS, ZONE_COLORS, type Rgba } from "../map/layers/palette";
import { useExplorerStore } from "../state/store";

const css = (c: Rgba) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;

/** Arc widths in round values of the locked scale, colours, symbols, and what our qualifiers mean. */
export function Legend() {
  const t = strings();
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const unit = data?.dataset.metrics.find((m) => m.id === metric)?.unit;
  const flows = frames?.flows.get(metric);
  const totals = frames?.totals.get(metric);
  const widthKeys = flows && unit ? lockedWidthScale(flows.maxValue).legend : [];
  const radiusKeys = totals && unit ? lockedRadiusScale(totals.maxValue).legend : [];
  const colorKeys: [string, Rgba][] =
    colorBy === "direction"
      ? (Object.keys(t.direction) as Direction[]).map((d) => [t.direction[d], DIRECTION_COLORS[theme][d]])
      : (Object.keys(t.mode) as FlowMode[]).map((m) => [t.mode[m], MODE_COLORS[theme][m]]);
  return (
    <section className="legend" aria-label={t.legend}>
      <h3>{t.legend}</h3>
      {widthKeys.length > 0 && unit ? (
        <div className="legend-block">
          <p className="legend-caption">{t.legendArcWidth}</p>
          <ul className="legend-widths">
            {widthKeys.map((key) => (
              <li key={key.value}>
                <svg width="48" height={Math.max(8, key.pixels + 4)} aria-hidden="true">
                  <line x1="2" x2="46" y1={Math.max(4, key.pixels / 2 + 2)} y2={Math.max(4, key.pixels / 2 + 2)} strokeWidth={key.pixels} className="legend-arc" />
                </svg>
                <span>{formatValue(key.value, unit)}</span>
              </li>
            ))}
          </ul>
          <p className="legend-note">{t.legendScaleLocked}</p>
        </div>
      ) : null}
      {radiusKeys.length > 0 && unit ? (
        <div className="legend-block">
          <p className="legend-caption">{t.legendCircle}</p>
          <ul className="legend-circles">
            {radiusKeys.map((key) => (
              <li key={key.value}>
                <svg width={key.pixels * 2 + 4} height={key.pixels * 2 + 4} aria-hidden="true">
                  <circle cx={key.pixels + 2} cy={key.pixels + 2} r={key.pixels} className="legend-circle" />
                </svg>
                <span>{formatValue(key.value, unit)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="legend-colors">
        {colorKeys.map(([label, color]) => (
          <li key={label}>
            <span className="swatch" style={{ background: css(color) }} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <ul className="legend-symbols">
        <li>
          <span className="symbol symbol-port" aria-hidden="true" /> {t.placeKind.port}
        </li>
        <li>
          <span className="symbol symbol-city" aria-hidden="true" /> {t.placeKind.city}
        </li>
        <li>
          <span className="symbol symbol-line" style={{ borderTopColor: css(ROUTE_COLORS[theme].rail) }} aria-hidden="true" /> {t.mode.rail}
        </li>
        <li>
          <span className="symbol symbol-line" style={{ borderTopColor: css(ROUTE_COLORS[theme].road) }} aria-hidden="true" /> {t.mode.road}
        </li>
        <li>
          <span className="symbol symbol-line dashed" style={{ borderTopColor: css(ROUTE_COLORS[theme].air) }} aria-hidden="true" /> {t.mode.air}
        </li>
        <li>
          <span className="symbol symbol-zone" style={{ borderColor: css(ZONE_COLORS[theme].line), background: css(ZONE_COLORS[theme].fill) }} aria-hidden="true" />{" "}
          {t.layerZones}
        </li>
      </ul>
      <dl className="legend-terms">
        <dt>
          <span className="method-badge method-derived">{t.methodDerived}</span>
        </dt>
        <dd>{t.methodExplain.derived}</dd>
        <dt>
          <span className="method-badge method-spread">{t.methodSpread}</span>
        </dt>
        <dd>{t.methodExplain.spread}</dd>
        <dt>{t.coordPrecision.approximate}</dt>
        <dd>{t.approximateExplain}</dd>
        <dt>{t.chartGap}</dt>
        <dd>{t.gapExplain}</dd>
      </dl>
    </section>
  );
}

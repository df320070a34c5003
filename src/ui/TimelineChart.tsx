import { useMemo } from "react";
import type { Series } from "../data/model";
import type { MonthIndex } from "../data/month";
import { monthOfYear, yearOf } from "../data/month";
import { formatValue } from "../format/format-value";
import { setMonth } from "../state/actions";

const HEIGHT = 56;
const TICK = 3;

/**
 * The selected series over every month: reported months solid, derived months lighter, spread months
 * hatched, gaps left empty; the shown month is marked. Clicking a bar goes to that month.
 */
export function TimelineChart({
  series,
  months,
  month,
  title,
  shortTitle,
  note,
  flagged,
}: {
  series: Series | undefined;
  months: MonthIndex[];
  month: MonthIndex | null;
  title: string;
  /** The caption on a narrow screen */
  shortTitle: string;
  /** Said after the caption on every screen: that the series has no figure at the shown month */
  note: string | null;
  /** Months where sources disagree or a consistency check failed: outlined. */
  flagged: ReadonlySet<MonthIndex>;
}) {
  const cells = useMemo(() => new Map((series?.values ?? []).map((v) => [v.month, v])), [series]);
  const max = useMemo(() => Math.max(0, ...(series?.values ?? []).filter((v) => !v.negative).map((v) => v.value)), [series]);
  const count = months.length;
  if (count === 0) return null;
  const width = 1000;
  const barWidth = width / count;
  const first = months[0] ?? 0;
  return (
    <figure className="timeline-chart">
      <figcaption>
        <span className="caption-long">{title}</span>
        <span className="caption-short">{shortTitle}</span>
        {note ? <span className="caption-note"> · {note}</span> : null}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${HEIGHT + TICK}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="spread-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="bar-spread-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="bar-spread-line" strokeWidth="3" />
          </pattern>
        </defs>
        {months.map((m, i) => {
          const cell = cells.get(m);
          const x = i * barWidth;
          const isYearStart = monthOfYear(m) === 1;
          return (
            <g key={m} onClick={() => setMonth(m)} className="bar-slot">
              <rect x={x} y={0} width={barWidth} height={HEIGHT} className="bar-hit" />
              {cell && !cell.negative && max > 0 ? (
                <rect
                  x={x + barWidth * 0.12}
                  width={barWidth * 0.76}
                  y={HEIGHT - (Math.max(0, cell.value) / max) * (HEIGHT - 4)}
                  height={(Math.max(0, cell.value) / max) * (HEIGHT - 4)}
                  className={`bar bar-${cell.method}${cell.conflict || flagged.has(m) ? " bar-conflict" : ""}`}
                />
              ) : (
                <line
                  x1={x + barWidth * 0.2}
                  x2={x + barWidth * 0.8}
                  y1={HEIGHT - 1}
                  y2={HEIGHT - 1}
                  className={`bar-gap${cell?.negative ? " bar-negative" : ""}`}
                />
              )}
              {isYearStart ? <line x1={x} x2={x} y1={0} y2={HEIGHT + TICK} className="year-tick" /> : null}
            </g>
          );
        })}
        {month !== null ? <rect x={(month - first) * barWidth} y={0} width={barWidth} height={HEIGHT} className="month-marker" /> : null}
      </svg>
      {/* Years as HTML text, placed by percent: SVG text in a stretched viewBox would be squashed on a phone. */}
      <div className="year-labels" aria-hidden="true">
        {months.map((m, i) =>
          monthOfYear(m) === 1 || (i === 0 && monthOfYear(m) <= 6) ? (
            <span key={m} className="year-label" style={{ left: `${(i / count) * 100}%` }}>
              {yearOf(m)}
            </span>
          ) : null,
        )}
      </div>
      <span className="chart-max">{max > 0 && series ? formatValue(max, series.unit, { style: "short" }) : ""}</span>
    </figure>
  );
}

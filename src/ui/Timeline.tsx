import { formatMonthLong } from "../format/format-month";
import { useT } from "../i18n/use-t";
import { setMonth, setSpeed, stepMonth, togglePlaying } from "../state/actions";
import { flaggedMonths } from "../state/selectors/flagged-months";
import { metricLabel, seriesTitleWithSubject } from "../state/selectors/labels";
import { chartSeries } from "../state/selectors/series-for";
import { PLAY_SPEEDS, useExplorerStore } from "../state/store";
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from "./icons";
import { TimelineChart } from "./TimelineChart";
import { usePlayback } from "./use-playback";
import { useShownMonth } from "../state/use-shown-month";

/** Page Up and Page Down move a year (the browser's own step is a tenth of the range); Space plays and pauses. */
function onSliderKey(event: React.KeyboardEvent<HTMLInputElement>): void {
  const step = event.key === "PageUp" ? 12 : event.key === "PageDown" ? -12 : 0;
  if (step !== 0) {
    event.preventDefault();
    stepMonth(step);
  } else if (event.key === " ") {
    event.preventDefault();
    togglePlaying();
  }
}

export function Timeline() {
  usePlayback();
  const t = useT();
  const { data, frames, metric, month } = useShownMonth();
  const pinned = useExplorerStore((s) => s.pinned);
  const playing = useExplorerStore((s) => s.playing);
  const speed = useExplorerStore((s) => s.speed);
  const months = frames?.months ?? [];
  if (!data || month === null || months.length === 0) return null;
  const first = months[0] ?? month;
  const offset = month - first;
  const monthText = formatMonthLong(month);
  const series = chartSeries(data, metric, pinned);
  const title = series ? t("time.chartTitle", { metric: metricLabel(data, metric), series: seriesTitleWithSubject(data, series) }) : t("time.chartNoSeries", { metric: metricLabel(data, metric) });
  // A phone already shows the metric above the map: its caption names only the series.
  const shortTitle = series ? seriesTitleWithSubject(data, series) : title;
  // A gap under the marker while the map draws other series: say so, or the chart reads as contradicting the map.
  const noFigure = series && !series.values.some((v) => v.month === month && !v.negative) ? t("time.chartNoFigure", { month: monthText }) : null;
  return (
    <section className="timeline" id="timeline" tabIndex={-1} aria-label={t("time.label")}>
      <TimelineChart series={series} months={months} month={month} title={title} shortTitle={shortTitle} note={noFigure} flagged={flaggedMonths(data, series)} />
      <div className="timeline-controls">
        <button type="button" className="icon-button" onClick={() => stepMonth(-1)} aria-label={t("time.stepBack")} disabled={offset <= 0}>
          <StepBackIcon />
        </button>
        <button type="button" className="icon-button play-button" onClick={togglePlaying} aria-label={playing ? t("time.pause") : t("time.play")} aria-pressed={playing}>
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button type="button" className="icon-button" onClick={() => stepMonth(1)} aria-label={t("time.stepForward")} disabled={offset >= months.length - 1}>
          <StepForwardIcon />
        </button>
        <output className="month-label" aria-live={playing ? "off" : "polite"}>
          {monthText}
        </output>
        <input
          className="month-slider"
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={offset}
          aria-label={t("time.month")}
          aria-valuetext={monthText}
          aria-keyshortcuts="PageUp PageDown Home End Space"
          onKeyDown={onSliderKey}
          onChange={(event) => setMonth(first + Number(event.currentTarget.value))}
        />
        <label className="speed">
          <span className="visually-hidden">{t("time.speed")}</span>
          <select
            value={speed}
            onChange={(event) => {
              const chosen = PLAY_SPEEDS.find((s) => s === Number(event.currentTarget.value));
              if (chosen) setSpeed(chosen);
            }}
            aria-label={t("time.speed")}
          >
            {PLAY_SPEEDS.map((s) => (
              <option key={s} value={s} aria-label={t("time.speedOption", { count: s })}>
                {`${s}×`}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}

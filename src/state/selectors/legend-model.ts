import { flowMaximum, type Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Direction } from "../../data/model";
import { formatValue } from "../../format/format-value";
import { t } from "../../i18n/i18n";
import { modeLabel } from "../../i18n/vocabulary";
import { lockedRadiusScale, lockedWidthScale } from "../../map/layers/flow-scale";
import { DIRECTION_COLORS, modeColor, type ColorBy, type Rgba, type Theme } from "../../map/layers/palette";

export interface LegendModel {
  widths: { label: string; pixels: number }[];
  colors: { key: string; label: string; color: Rgba }[];
  circles: { label: string; pixels: number }[];
  hasCorridors: boolean;
  hasArcs: boolean;
  hasArrows: boolean;
}

const DIRECTIONS: Direction[] = ["export", "import", "both"];

/**
 * What the legend shows for a metric, in round values of the locked scales and the colours actually
 * drawn (only those of flows the metric has): one model for the panel's legend and the exported image.
 */
export function legendModel(data: CompiledPackage, frames: Frames, metric: string, theme: Theme, colorBy: ColorBy): LegendModel {
  const unit = data.dataset.metrics.find((m) => m.id === metric)?.unit ?? "";
  const arcs = frames.flows.get(metric)?.items ?? [];
  const corridors = frames.corridors.get(metric)?.items ?? [];
  const totals = frames.totals.get(metric);
  const drawn = [...arcs, ...corridors];
  const widths = drawn.length > 0 ? lockedWidthScale(flowMaximum(frames, metric)).legend : [];
  const circles = totals ? lockedRadiusScale(totals.maxValue).legend : [];
  const label = (value: number) => formatValue(value, unit, { style: "short" });
  return {
    widths: widths.map((k) => ({ label: label(k.value), pixels: k.pixels })),
    circles: circles.map((k) => ({ label: label(k.value), pixels: k.pixels })),
    colors:
      colorBy === "direction"
        ? DIRECTIONS.filter((d) => drawn.some((f) => f.direction === d)).map((d) => ({ key: d, label: t(`direction.${d}`), color: DIRECTION_COLORS[theme][d] }))
        : [...new Set(drawn.map((f) => f.mode))].map((m) => ({ key: m, label: modeLabel(m), color: modeColor(theme, m) })),
    hasCorridors: corridors.length > 0,
    hasArcs: arcs.length > 0,
    hasArrows: drawn.some((f) => f.direction !== "both"),
  };
}

import { formatMonth } from "../data/month";
import { formatMonthLong } from "../format/format-month";
import { t } from "../i18n/i18n";
import { liveMap } from "../map/map-registry";
import { localized, metricLabel } from "../state/selectors/labels";
import { legendModel } from "../state/selectors/legend-model";
import { onScreenSources } from "../state/selectors/on-screen-sources";
import { useExplorerStore } from "../state/store";
import { captureMap } from "./capture-map";
import { composeImage } from "./compose-image";
import { csvRows } from "./csv-rows";
import { download, exportName } from "./download";
import { withPngText } from "./png-text";
import { toCsv } from "./to-csv";
import { summaryOf } from "../ui/table/use-month-summary";

/** The view on screen as a PNG at 1× or 2×: map with flows, title, month, legend and source line. */
export async function exportPng(scale: 1 | 2): Promise<Blob | null> {
  const live = liveMap();
  const { data, frames, metric, month, theme, colorBy, filters } = useExplorerStore.getState();
  if (!live || !data || !frames || month === null) return null;
  const map = await captureMap(live.map, live.overlay, scale);
  const { outlets } = onScreenSources(data, frames, metric, month, filters);
  const image = composeImage(
    map,
    {
      title: localized(data.dataset.title),
      subtitle: `${metricLabel(data, metric)} · ${formatMonthLong(month)}`,
      legend: legendModel(data, frames, metric, theme, colorBy),
      sourceLine: t("sources.line", { outlets: outlets.join(", ") }),
      credit: [t("export.basemap"), data.dataset.credit].filter(Boolean).join(" · "),
      theme,
    },
    scale,
  );
  const png = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, "image/png"));
  // The month's written summary goes into the file as its text alternative.
  const described = png ? withPngText(withPngText(new Uint8Array(await png.arrayBuffer()), "Title", localized(data.dataset.title)), "Description", summaryOf(useExplorerStore.getState())) : null;
  const blob = described ? new Blob([described.slice().buffer], { type: "image/png" }) : null;
  if (blob) download(blob, `${exportName(data.dataset.id, metric, formatMonth(month))}${scale === 2 ? "@2x" : ""}.png`);
  return blob;
}

/** This month's flows, corridors, circles and listed series as CSV, with unit, basis and sources. */
export function exportCsv(): string | null {
  const { data, frames, metric, month, filters } = useExplorerStore.getState();
  if (!data || !frames || month === null) return null;
  const csv = toCsv(csvRows(data, frames, metric, month, filters));
  download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${exportName(data.dataset.id, metric, formatMonth(month))}.csv`);
  return csv;
}

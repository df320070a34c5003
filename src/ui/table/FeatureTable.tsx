import { useMemo } from "react";
import { placeOpenAt, routePhaseAt, zoneExistsAt } from "../../data/time-status";
import { formatMonthLong } from "../../format/format-month";
import { localeOf } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { kindLabel, modeLabel, zoneKindLabel } from "../../i18n/vocabulary";
import { drawnPlaces } from "../../map/style/data-sources";
import { featureName, nameOf } from "../../state/selectors/labels";
import { placeFigures } from "../../state/selectors/place-figures";
import { useExplorerStore, type Selection } from "../../state/store";
import { showOnMap } from "./show-on-map";
import { useShownMonth } from "../../state/use-shown-month";
import { LabelledCell } from "./LabelledCell";

const COLUMN_KEYS = ["table.name", "table.kind", "table.status", "table.figures"] as const;

interface FeatureRow {
  selection: Selection;
  name: string;
  kind: string;
  status: string;
  figures: number;
}

/**
 * Every place, zone and route on the map, with what it is at this month and how many series are
 * published about it: the keyboard's and the screen reader's way to each feature (a row's name pins it).
 */
export function FeatureTable() {
  const t = useT();
  const { data, frames, metric, month } = useShownMonth();
  const lang = useExplorerStore((s) => s.lang);
  const mapAvailable = useExplorerStore((s) => s.mapStatus === "ok");
  const rows = useMemo((): FeatureRow[] => {
    if (!data || month === null) return [];
    const collator = new Intl.Collator(localeOf(lang));
    const places = drawnPlaces(data.places, data.dataset.kinds.place).map((p) => ({
      selection: { type: "place", id: p.id } as const,
      name: nameOf(p, lang),
      kind: kindLabel(p.kind),
      status: placeOpenAt(p, month) ? t("phase.operating") : t("table.notOpenYet"),
      figures: placeFigures(data, frames, p.id, month, metric).reduce((n, m) => n + m.series.length, 0),
    }));
    const zones = data.zones.map((z) => ({
      selection: { type: "zone", id: z.id } as const,
      name: featureName(z, lang),
      kind: zoneKindLabel(z.kind),
      status: zoneExistsAt(z, month) ? t("table.established") : t("table.notYetEstablished"),
      figures: 0,
    }));
    const routes = data.routes.map((r) => ({
      selection: { type: "route", id: r.id } as const,
      name: featureName(r, lang),
      kind: modeLabel(r.mode),
      status: t(`phase.${routePhaseAt(r, month)}`),
      figures: 0,
    }));
    const byName = (a: FeatureRow, b: FeatureRow) => collator.compare(a.name, b.name);
    return [...places.sort(byName), ...zones.sort(byName), ...routes.sort(byName)];
    // Names and words follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, frames, month, metric, lang]);
  if (!data || month === null || rows.length === 0) return null;
  return (
    <div className="table-scroll">
      {/* Roles said again, as in FlowTable: on a phone the rows are cards (display: block). */}
      <table className="data-table cards-on-phone feature-table" role="table">
        <caption>{t("table.featuresCaption", { month: formatMonthLong(month) })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMN_KEYS.map((key) => (
              <th key={key} scope="col" role="columnheader">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={`${row.selection.type}:${row.selection.id}`} role="row">
              <th scope="row" role="rowheader">
                <button type="button" className="link-button" onClick={() => showOnMap(row.selection, mapAvailable)}>
                  {row.name}
                </button>
              </th>
              <LabelledCell label={t("table.kind")}>{row.kind}</LabelledCell>
              <LabelledCell label={t("table.status")}>{row.status}</LabelledCell>
              <LabelledCell label={t("table.figures")} className="number">
                {row.selection.type === "place" ? row.figures : "—"}
              </LabelledCell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { CompiledPackage } from "../data/model";
import type { MonthIndex } from "../data/month";
import { formatMonthLong } from "../format/format-month";
import { useT } from "../i18n/use-t";
import type { Selection } from "../state/store";
import { lookups } from "../state/selectors/lookups";
import { PlaceDetails } from "./details/PlaceDetails";
import { RouteDetails } from "./details/RouteDetails";
import { SeriesDetails } from "./details/SeriesDetails";
import { ZoneDetails } from "./details/ZoneDetails";

export interface DetailsProps {
  data: CompiledPackage;
  selection: Selection;
  month: MonthIndex;
  metric: string;
  /** The hover card is compact: no source list, fewer rows. The pinned panel shows everything. */
  compact: boolean;
}

/** What the hover card and the pinned panel say about a port, zone, route, flow or circle. */
export function SelectionDetails(props: DetailsProps) {
  const t = useT();
  const { data, selection } = props;
  const l = lookups(data);
  switch (selection.type) {
    case "place": {
      const place = l.places.get(selection.id);
      return place ? <PlaceDetails {...props} place={place} /> : null;
    }
    case "zone": {
      const zone = l.zones.get(selection.id);
      return zone ? <ZoneDetails {...props} zone={zone} /> : null;
    }
    case "route": {
      const route = l.routes.get(selection.id);
      return route ? <RouteDetails {...props} route={route} /> : null;
    }
    case "flow":
    case "total": {
      const series = l.series.get(selection.id);
      return series ? <SeriesDetails {...props} series={series} /> : <p>{t("value.none", { month: formatMonthLong(props.month) })}</p>;
    }
  }
}

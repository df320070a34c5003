import type { Layer } from "@deck.gl/core";
import { monthSlice } from "../../data/frames/build-frames";
import { buildArcsLayer, type ArcGeometry } from "./arcs-layer";
import type { PackedMetric } from "./pack-metric";
import type { Theme } from "./palette";
import { buildPlacesLayer, type DrawnPlace } from "./places-layer";
import { buildRoutesLayer, type DrawnRoute } from "./routes-layer";
import { buildTotalsLayer } from "./totals-layer";
import { buildZonesLayer, type DrawnZone } from "./zones-layer";

export interface MapLayerInputs {
  packed: PackedMetric;
  /** From packArcGeometry: the same object across month steps */
  arcs: ArcGeometry;
  /** Index of the shown month in frames.months; -1 hides the month-dependent layers */
  monthOffset: number;
  zones: DrawnZone[];
  routes: DrawnRoute[];
  places: DrawnPlace[];
  theme: Theme;
  visible: { zones: boolean; routes: boolean; places: boolean; flows: boolean };
  pinned: { type: string; id: string } | null;
  beforeId?: string;
}

/** The whole deck.gl layer list, bottom to top: zones, routes, totals, arcs, places. Pure. */
export function buildMapLayers(input: MapLayerInputs): Layer[] {
  const { packed, monthOffset, theme, visible, pinned } = input;
  const opts = input.beforeId ? { beforeId: input.beforeId } : {};
  const pinnedOf = (type: string) => (pinned?.type === type ? pinned.id : null);
  const layers: Layer[] = [
    buildZonesLayer({ zones: input.zones, theme, visible: visible.zones, highlightedId: pinnedOf("zone"), ...opts }),
    buildRoutesLayer({ routes: input.routes, theme, visible: visible.routes, highlightedId: pinnedOf("route"), ...opts }),
  ];
  const totalCount = packed.totals?.items.length ?? 0;
  if (monthOffset >= 0 && totalCount > 0) {
    const pinnedTotal = pinnedOf("total");
    layers.push(
      buildTotalsLayer({
        geometry: packed.totalsGeometry,
        radii: monthSlice(packed.totalRadii, monthOffset, totalCount),
        monthOffset,
        theme,
        visible: visible.flows,
        highlightedIndex: pinnedTotal ? (packed.totals?.items.findIndex((t) => t.seriesKey === pinnedTotal) ?? -1) : -1,
        ...opts,
      }),
    );
  }
  const flowCount = packed.flows?.items.length ?? 0;
  if (monthOffset >= 0 && flowCount > 0) {
    const pinnedFlow = pinnedOf("flow");
    layers.push(
      buildArcsLayer({
        geometry: input.arcs,
        widths: monthSlice(packed.flowWidths, monthOffset, flowCount),
        monthOffset,
        visible: visible.flows,
        highlightedIndex: pinnedFlow ? (packed.flows?.items.findIndex((f) => f.seriesKey === pinnedFlow) ?? -1) : -1,
        ...opts,
      }),
    );
  }
  layers.push(buildPlacesLayer({ places: input.places, theme, visible: visible.places, highlightedId: pinnedOf("place"), ...opts }));
  return layers;
}

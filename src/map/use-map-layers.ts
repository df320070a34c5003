import type { Layer } from "@deck.gl/core";
import { useMemo } from "react";
import { useExplorerStore } from "../state/store";
import { buildMapLayers } from "./layers/build-map-layers";
import { packArcGeometry, packMetric } from "./layers/pack-metric";
import { drawnPlaces } from "./layers/places-layer";
import { drawnRoutes } from "./layers/routes-layer";
import { drawnZones } from "./layers/zones-layer";

/**
 * Wires the store to the pure layer builders. Packing is memoised on what it depends on (data,
 * metric, theme); a month change only takes new slices of the packed arrays.
 */
export function useMapLayers(beforeId: string | undefined): Layer[] {
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const visible = useExplorerStore((s) => s.layers);
  const pinned = useExplorerStore((s) => s.pinned);

  const places = useMemo(() => drawnPlaces(data?.places ?? []), [data]);
  const zones = useMemo(() => drawnZones(data?.zones ?? []), [data]);
  const routes = useMemo(() => drawnRoutes(data?.routes ?? []), [data]);
  const packed = useMemo(() => packMetric(frames, metric), [frames, metric]);
  const arcs = useMemo(() => packArcGeometry(packed, theme, colorBy), [packed, theme, colorBy]);
  const monthOffset = frames && month !== null ? frames.months.indexOf(month) : -1;

  return useMemo(
    () => buildMapLayers({ packed, arcs, monthOffset, zones, routes, places, theme, visible, pinned, ...(beforeId ? { beforeId } : {}) }),
    [packed, arcs, monthOffset, zones, routes, places, theme, visible, pinned, beforeId],
  );
}

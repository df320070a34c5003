import { useMemo } from "react";
import { monthSlice } from "../data/frames/build-frames";
import { placeOpenAt } from "../data/time-status";
import { useExplorerStore } from "../state/store";
import { flowColor } from "./layers/palette";
import {
  MARKER_LAYER_IDS,
  buildMarkersLayer,
  corridorEndMarkers,
  corridorEndsThisMonth,
  placeMarkerStyles,
  placeMarkers,
  totalMarkers,
  type MarkersLayerInput,
} from "./layers/markers-layer";
import type { FlowArcLayer } from "./layers/flow-arc-layer";
import type { DrawnPlace } from "./style/data-sources";
import type { FlowDrawing } from "./use-flow-drawing";

const versions = new WeakMap<object, string>();
let nextVersion = 0;
/** A key that changes exactly when the array does (a new array is built whenever its contents change). */
function versionOf(array: object): string {
  let version = versions.get(array);
  if (version === undefined) {
    version = String((nextVersion += 1));
    versions.set(array, version);
  }
  return version;
}

export interface MarkerLayers {
  /** The totals' circles: beneath the arcs, with them under the basemap's labels */
  totals: FlowArcLayer | null;
  /** Place symbols and arrowheads: above the basemap's labels, beneath the places' own names */
  onTop: FlowArcLayer[];
}

/**
 * The deck.gl layers that draw the map's markers with the arcs' program. Geometry is built once per
 * package, metric and theme; a month step hands over other radii, styles or states only.
 */
export function useMarkerLayers(drawing: FlowDrawing, widthMix: number, focus: { places: DrawnPlace[]; placeFocus: Float32Array }, beforeIds: { below?: string; onTop?: string }): MarkerLayers {
  const month = useExplorerStore((s) => s.month);
  const theme = useExplorerStore((s) => s.theme);
  const colorBy = useExplorerStore((s) => s.colorBy);
  const placesVisible = useExplorerStore((s) => s.layers.places);
  const flowsVisible = useExplorerStore((s) => s.layers.flows);
  const { packed, fromOffset, toOffset } = drawing;

  const places = useMemo(() => placeMarkers(focus.places, theme), [focus.places, theme]);
  const totals = useMemo(() => totalMarkers(packed.totals?.items ?? [], theme), [packed, theme]);
  const ends = useMemo(() => corridorEndMarkers(packed.corridors?.items ?? [], (c) => flowColor(theme, colorBy, c)), [packed, theme, colorBy]);

  const open = useMemo(() => focus.places.map((p) => (month === null ? true : placeOpenAt(p, month))), [focus.places, month]);
  const placeStyles = useMemo(() => placeMarkerStyles(places, open, focus.placeFocus), [places, open, focus.placeFocus]);
  const settled = widthMix >= 1;
  const corridorCount = packed.corridors?.items.length ?? 0;
  const endsThisMonth = useMemo(
    () => corridorEndsThisMonth(packed.corridors?.items ?? [], monthSlice(packed.corridorWidths, toOffset, corridorCount), drawing.corridorStates, settled),
    [packed, toOffset, corridorCount, drawing.corridorStates, settled],
  );

  return useMemo(() => {
    const common = { widthMix, stylesKey: "", statesKey: "" };
    const at = (beforeId: string | undefined): Pick<MarkersLayerInput, "beforeId"> => (beforeId ? { beforeId } : {});
    const totalCount = totals.geometry.length;
    const totalsLayer =
      totalCount === 0
        ? null
        : buildMarkersLayer({
            ...common,
            id: MARKER_LAYER_IDS.totals,
            geometry: totals.geometry,
            radiiFrom: monthSlice(packed.totalRadii, fromOffset, totalCount),
            radiiTo: monthSlice(packed.totalRadii, toOffset, totalCount),
            radiiKey: `${fromOffset}>${toOffset}`,
            styles: totals.styles,
            states: drawing.totalStates,
            statesKey: drawing.statesVersion,
            visible: flowsVisible,
            ...at(beforeIds.below),
          });
    const onTop = [
      buildMarkersLayer({
        ...common,
        id: MARKER_LAYER_IDS.places,
        geometry: places.geometry,
        radiiFrom: places.radii,
        radiiTo: places.radii,
        radiiKey: "",
        styles: placeStyles,
        stylesKey: versionOf(placeStyles),
        states: new Float32Array(places.geometry.length),
        visible: placesVisible,
        ...at(beforeIds.onTop),
      }),
      buildMarkersLayer({
        ...common,
        id: MARKER_LAYER_IDS.corridorEnds,
        geometry: ends.geometry,
        radiiFrom: endsThisMonth.radii,
        radiiTo: endsThisMonth.radii,
        offsets: endsThisMonth.offsets,
        radiiKey: `${toOffset}|${settled}|${drawing.statesVersion}`,
        styles: ends.styles,
        states: drawing.corridorStates,
        statesKey: drawing.statesVersion,
        visible: flowsVisible,
        ...at(beforeIds.onTop),
      }),
    ].filter((layer) => (layer.props.data as { length: number }).length > 0);
    return { totals: totalsLayer, onTop };
  }, [widthMix, totals, packed, fromOffset, toOffset, drawing, flowsVisible, places, placeStyles, placesVisible, ends, endsThisMonth, settled, beforeIds.below, beforeIds.onTop]);
}

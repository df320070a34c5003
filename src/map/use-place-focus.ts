import { useMemo } from "react";
import { FLOW_STATE } from "../state/selectors/flow-state";
import { useExplorerStore } from "../state/store";
import { drawnPlaces, type DrawnPlace } from "./style/data-sources";
import { placeFocusStates } from "./style/feature-states";
import type { FlowDrawing } from "./use-flow-drawing";

/** The places the map draws, and which of them a pinned selection dims: shared by their symbols and their labels. */
export function usePlaceFocus(drawing: FlowDrawing): { places: DrawnPlace[]; placeFocus: Float32Array } {
  const data = useExplorerStore((s) => s.data);
  const pinned = useExplorerStore((s) => s.pinned);
  const places = useMemo(() => drawnPlaces(data?.places ?? [], data?.dataset.kinds.place), [data]);
  const highlighted = useMemo(() => {
    const pick = <T,>(items: readonly T[] | undefined, states: Float32Array) => (items ?? []).filter((_, i) => states[i] === FLOW_STATE.highlighted);
    return [...pick(drawing.packed.flows?.items, drawing.arcStates), ...pick(drawing.packed.corridors?.items, drawing.corridorStates), ...pick(drawing.packed.totals?.items, drawing.totalStates)];
  }, [drawing]);
  const placeFocus = useMemo(() => placeFocusStates(places, highlighted, pinned), [places, highlighted, pinned]);
  return { places, placeFocus };
}

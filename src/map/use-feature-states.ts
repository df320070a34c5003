import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";
import { useExplorerStore } from "../state/store";
import type { DrawnPlace } from "./style/data-sources";
import { anchorStates, flowFeatureStates, groupAnchors, timeStates, type StateUpdate } from "./style/feature-states";
import type { FlowDrawing } from "./use-flow-drawing";

/**
 * Keeps MapLibre's feature states in step with the store: what the month, the filters, the focus and
 * the easing make of each zone, route, place, corridor and circle. Only states that changed are sent.
 */
export function useFeatureStates(map: MapLibreMap | null, drawing: FlowDrawing, widthMix: number, { places, placeFocus }: { places: DrawnPlace[]; placeFocus: Float32Array }): void {
  const data = useExplorerStore((s) => s.data);
  const month = useExplorerStore((s) => s.month);
  const pinned = useExplorerStore((s) => s.pinned);
  const applied = useRef(new Map<string, string>());

  const anchors = useMemo(() => {
    const kinds = new Map((data?.places ?? []).map((p) => [p.id, p.kind]));
    return groupAnchors(drawing.packed.flows?.items ?? [], (id) => (kinds.get(id) === "group" ? id : undefined));
  }, [drawing.packed, data]);

  const updates = useMemo((): StateUpdate[] => {
    if (!data || month === null) return [];
    const flowCount = drawing.packed.flows?.items.length ?? 0;
    return [
      ...timeStates(month, data.zones, data.routes, places, pinned, placeFocus),
      ...anchorStates(anchors, drawing.packed.flowWidths, flowCount, drawing.toOffset, drawing.arcStates),
      ...flowFeatureStates({
        packed: drawing.packed,
        fromOffset: drawing.fromOffset,
        toOffset: drawing.toOffset,
        t: widthMix,
        corridorStates: drawing.corridorStates,
        totalStates: drawing.totalStates,
      }),
    ];
  }, [data, month, places, pinned, placeFocus, anchors, drawing, widthMix]);

  const latest = useRef(updates);

  useEffect(() => {
    latest.current = updates;
    if (!map) return;
    send(map, updates, applied.current);
  }, [map, updates]);

  useEffect(() => {
    if (!map) return undefined;
    const resend = () => {
      applied.current.clear();
      send(map, latest.current, applied.current);
    };
    // A full style swap (a reader's own style) loses every state; a diffed theme change keeps them.
    map.on("style.load", resend);
    return () => {
      map.off("style.load", resend);
    };
  }, [map]);
}

function send(map: MapLibreMap, updates: readonly StateUpdate[], applied: Map<string, string>): void {
  for (const u of updates) {
    const key = `${u.source}/${u.id}`;
    const value = JSON.stringify(u.state);
    if (applied.get(key) === value || !map.getSource(u.source)) continue;
    map.setFeatureState({ source: u.source, id: u.id }, u.state);
    applied.set(key, value);
  }
}

import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap, MapLayerMouseEvent } from "maplibre-gl";
import { useMemo, type RefObject } from "react";
import { openChooser, pin, setHovered } from "../state/actions";
import { useExplorerStore } from "../state/store";
import { pickAt, type PickSources } from "./pick";

/** A fingertip is wider than a mouse pointer: taps reach further. */
const MOUSE_RADIUS = 6;
const TOUCH_RADIUS = 16;

function isTouch(event: MapLayerMouseEvent): boolean {
  const original = event.originalEvent as Event & { pointerType?: string; sourceCapabilities?: { firesTouchEvents?: boolean } };
  return original.pointerType === "touch" || original.sourceCapabilities?.firesTouchEvents === true || (typeof TouchEvent !== "undefined" && original instanceof TouchEvent);
}

function sourcesOf(map: MapLibreMap, overlay: MapLibreOverlay | null): PickSources {
  return {
    queryFeatures: (box, layers) => map.queryRenderedFeatures(box, { layers: layers.filter((id) => map.getLayer(id)) }),
    pickArc: (point, radius) => {
      const info = overlay?.pickObject({ x: point.x, y: point.y, radius });
      return info ? { layerId: info.layer?.id, index: info.index } : null;
    },
  };
}

/** Hover shows a card, a click or tap pins; a tap on several places at once asks which one. */
export function useMapPointer(overlay: RefObject<MapLibreOverlay | null>) {
  return useMemo(
    () => ({
      onMove(event: MapLayerMouseEvent) {
        const { frames, metric } = useExplorerStore.getState();
        const { selection } = pickAt(sourcesOf(event.target, overlay.current), event.point, MOUSE_RADIUS, frames, metric);
        setHovered(selection, selection ? { x: event.point.x, y: event.point.y } : null);
        event.target.getCanvas().style.cursor = selection ? "pointer" : "";
      },
      onLeave() {
        setHovered(null);
      },
      onClick(event: MapLayerMouseEvent) {
        const { frames, metric } = useExplorerStore.getState();
        const touch = isTouch(event);
        const result = pickAt(sourcesOf(event.target, overlay.current), event.point, touch ? TOUCH_RADIUS : MOUSE_RADIUS, frames, metric);
        if (result.placeIds.length > 1) {
          openChooser({ placeIds: result.placeIds, point: { x: event.point.x, y: event.point.y } });
          return;
        }
        pin(result.selection);
        if (touch) setHovered(null);
      },
    }),
    [overlay],
  );
}

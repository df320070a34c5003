import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect } from "react";
import { useExplorerStore } from "../state/store";
import { revealShift, type Box } from "./camera/reveal-shift";
import { selectionAnchor } from "./camera/selection-anchor";

/** Elements that float over the bottom of the map (the phone's bottom sheet, an embed's details) carry this attribute. */
export const COVERS_MAP_ATTRIBUTE = "data-covers-map";

/** The part of the map no bottom sheet or details box covers, in the map's own pixels. */
function visibleBox(map: MapLibreMap): Box {
  const rect = map.getContainer().getBoundingClientRect();
  let bottom = rect.height;
  for (const element of document.querySelectorAll(`[${COVERS_MAP_ATTRIBUTE}]`)) {
    const cover = element.getBoundingClientRect();
    const overlapsAcross = cover.left < rect.right && cover.right > rect.left && cover.width > rect.width / 2;
    const reachesBottom = cover.bottom >= rect.bottom - 1 && cover.top > rect.top && cover.top < rect.bottom;
    if (cover.height > 0 && overlapsAcross && reachesBottom) bottom = Math.min(bottom, cover.top - rect.top);
  }
  return { top: 8, left: 8, right: rect.width - 8, bottom: bottom - 8 };
}

/** When a selection is pinned and the details open over the map, the map pans so the selection stays in sight. */
export function useKeepSelectionInView(map: MapLibreMap | null): void {
  const pinned = useExplorerStore((s) => s.pinned);
  const panelOpen = useExplorerStore((s) => s.panelOpen);
  useEffect(() => {
    if (!map || !pinned) return undefined;
    // After the sheet has been laid out at its new height.
    const frame = requestAnimationFrame(() => {
      const { data, frames, metric, reducedMotion } = useExplorerStore.getState();
      const anchor = data ? selectionAnchor(data, frames, metric, pinned) : null;
      if (!anchor) return;
      const shift = revealShift(map.project(anchor), visibleBox(map));
      if (shift) map.panBy(shift, { duration: reducedMotion ? 0 : 300 });
    });
    return () => cancelAnimationFrame(frame);
  }, [map, pinned, panelOpen]);
}

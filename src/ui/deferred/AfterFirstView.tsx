import type { ReactNode } from "react";
import { useExplorerStore } from "../../state/store";

/**
 * Renders its children once the opening view is drawn, and at once where the map is not what the
 * reader sees (the table is shown, or the map cannot be drawn). For what only scrolling, a closed
 * panel or a screen reader reaches: the tables behind the map, the lower half of the panel.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const ready = useExplorerStore((s) => s.firstViewDrawn || s.show === "table" || s.mapStatus !== "ok");
  return ready ? children : null;
}

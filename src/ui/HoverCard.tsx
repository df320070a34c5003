import { useLayoutEffect, useRef, useState } from "react";
import { useExplorerStore } from "../state/store";
import { SelectionDetails } from "./SelectionDetails";

const GAP = 14;

/**
 * A compact card next to the pointer, kept inside the map: it flips to the other side of the pointer
 * near an edge. Hidden for what is already pinned (the panel shows it).
 */
export function HoverCard() {
  const data = useExplorerStore((s) => s.data);
  const hovered = useExplorerStore((s) => s.hovered);
  const point = useExplorerStore((s) => s.hoverPoint);
  const pinned = useExplorerStore((s) => s.pinned);
  const month = useExplorerStore((s) => s.month);
  const metric = useExplorerStore((s) => s.metric);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    const area = card?.parentElement;
    if (!card || !area || !point) return;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const maxX = area.clientWidth - w - 4;
    const maxY = area.clientHeight - h - 4;
    const left = point.x + GAP + w > area.clientWidth ? point.x - GAP - w : point.x + GAP;
    const top = point.y - 10 + h > area.clientHeight ? point.y - h - GAP : point.y - 10;
    setPosition({ left: Math.max(4, Math.min(maxX, left)), top: Math.max(4, Math.min(maxY, top)) });
  }, [point, hovered]);
  if (!data || !hovered || !point || month === null) return null;
  if (pinned && pinned.type === hovered.type && pinned.id === hovered.id) return null;
  return (
    <div ref={ref} className="hover-card" role="tooltip" style={position ? { left: position.left, top: position.top } : { left: point.x + GAP, top: point.y, visibility: "hidden" }}>
      <SelectionDetails data={data} selection={hovered} month={month} metric={metric} compact />
    </div>
  );
}

import { useExplorerStore } from "../state/store";
import { SelectionDetails } from "./SelectionDetails";

/** A compact card next to the pointer; hidden for what is already pinned (the panel shows it). */
export function HoverCard() {
  const data = useExplorerStore((s) => s.data);
  const hovered = useExplorerStore((s) => s.hovered);
  const point = useExplorerStore((s) => s.hoverPoint);
  const pinned = useExplorerStore((s) => s.pinned);
  const month = useExplorerStore((s) => s.month);
  const metric = useExplorerStore((s) => s.metric);
  if (!data || !hovered || !point || month === null) return null;
  if (pinned && pinned.type === hovered.type && pinned.id === hovered.id) return null;
  const flipX = point.x > window.innerWidth - 320;
  return (
    <div
      className="hover-card"
      role="tooltip"
      style={{ left: flipX ? undefined : point.x + 14, right: flipX ? window.innerWidth - point.x + 14 : undefined, top: Math.max(8, point.y - 10) }}
    >
      <SelectionDetails data={data} selection={hovered} month={month} metric={metric} compact />
    </div>
  );
}

import { useEffect, useRef, type SyntheticEvent } from "react";

/** How long after a tap on the map the panel ignores the browser's compatibility mouse events. */
const GUARD_MS = 450;

/** Pointer and compatibility mouse events that a finger caused; a mouse click is never swallowed. */
function fromTouch(event: Event): boolean {
  const e = event as Event & { pointerType?: string; sourceCapabilities?: { firesTouchEvents?: boolean } | null };
  return e.pointerType === "touch" || e.sourceCapabilities?.firesTouchEvents === true;
}

/**
 * On a phone, tapping a port slides the panel up under the finger, and the browser's compatibility
 * mousedown/click for that same tap then lands on whatever the panel shows there (the metric menu,
 * a source link). For a moment after the selection changes, such events are swallowed.
 */
export function useGhostClickGuard(selection: unknown): (event: SyntheticEvent) => void {
  const changedAt = useRef(-Infinity);
  useEffect(() => {
    if (selection) changedAt.current = performance.now();
  }, [selection]);
  return (event: SyntheticEvent) => {
    if (fromTouch(event.nativeEvent) && performance.now() - changedAt.current < GUARD_MS) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}

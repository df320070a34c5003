import { useEffect } from "react";
import { openChooser, pin, togglePlaying } from "../state/actions";
import { useExplorerStore } from "../state/store";

/** Where Space already means something (pressing a button, typing, opening a menu). */
const OWNS_SPACE = "input, textarea, select, button, a[href], summary, [contenteditable], [role='button'], [role='slider']";

/** Is the key press for a control that handles it itself? The map canvas and the page body are not such controls. */
function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_SPACE) !== null;
}

/**
 * Page-wide keys: Esc closes the chooser, then the pinned details (a dialog closes itself); Space
 * plays and pauses unless the focused control uses Space itself. The slider handles its own keys.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Escape") {
        if (document.querySelector("dialog[open]")) return;
        const { chooser, pinned } = useExplorerStore.getState();
        if (chooser) openChooser(null);
        else if (pinned) pin(null);
        else return;
        event.preventDefault();
      } else if (event.key === " " && !ownsSpace(event.target)) {
        event.preventDefault();
        togglePlaying();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

import { useCallback } from "react";

/**
 * Keeps a CSS custom property on the page root equal to an element's height, for layout that CSS
 * alone cannot express (a phone's bottom sheet that must leave the map above it visible). Returns
 * a callback ref, so it follows the element even when it appears after the first render.
 */
export function useHeightVariable(name: `--${string}`): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === "undefined") return undefined;
      const root = document.documentElement;
      const observer = new ResizeObserver(() => root.style.setProperty(name, `${Math.ceil(element.getBoundingClientRect().height)}px`));
      observer.observe(element);
      return () => {
        observer.disconnect();
        root.style.removeProperty(name);
      };
    },
    [name],
  );
}

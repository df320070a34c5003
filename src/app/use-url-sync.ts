import { useEffect } from "react";
import { useExplorerStore } from "../state/store";
import { serializeView } from "./url-state";

/** How long the link waits for the reader to settle before it is rewritten. */
const DEBOUNCE_MS = 400;

/** The link of the view on screen, from the store. */
export function currentViewSearch(): string {
  const s = useExplorerStore.getState();
  return serializeView({
    dataUrl: s.dataUrl,
    styleUrl: s.styleUrl,
    theme: s.theme,
    lang: s.lang,
    colorBy: s.colorBy,
    layers: s.layers,
    playing: s.playing,
    animate: s.animateFlows,
    embed: s.embed,
    show: s.show,
    camera: s.camera,
    month: s.month,
    metric: s.metric,
    defaultMetric: s.data?.dataset.defaultMetric ?? "",
    pinned: s.pinned,
    filters: s.filters,
  });
}

/**
 * Writes the view back into the address bar as the reader explores, with history.replaceState and
 * debounced: no history entry per month while playing, and the back button still leaves the page.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let timer = 0;
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      if (state.status.state !== "ready") return;
      const changed =
        state.month !== previous.month ||
        state.metric !== previous.metric ||
        state.pinned !== previous.pinned ||
        state.camera !== previous.camera ||
        state.colorBy !== previous.colorBy ||
        state.layers !== previous.layers ||
        state.theme !== previous.theme ||
        state.lang !== previous.lang ||
        state.playing !== previous.playing ||
        state.animateFlows !== previous.animateFlows ||
        state.filters !== previous.filters ||
        state.show !== previous.show;
      if (!changed) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const search = currentViewSearch();
        if (search !== window.location.search) window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
      }, DEBOUNCE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}

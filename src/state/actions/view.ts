import { switchLanguage, type Language } from "../../i18n/i18n";
import type { ColorBy, Theme } from "../../map/layers/palette";
import { NO_FILTERS, useExplorerStore, type DataView, type FlowFilters, type LayerVisibility, type MapStatus } from "../store";

const set = useExplorerStore.setState;
const get = useExplorerStore.getState;

export function setPanelOpen(panelOpen: boolean): void {
  set({ panelOpen });
}

export function setTheme(theme: Theme): void {
  set({ theme });
}

export function setColorBy(colorBy: ColorBy): void {
  set({ colorBy });
}

export function setLayerVisible(layer: keyof LayerVisibility, visible: boolean): void {
  set({ layers: { ...get().layers, [layer]: visible } });
}

export function setFilters(filters: Partial<FlowFilters>): void {
  set({ filters: { ...get().filters, ...filters } });
}

export function clearFilters(): void {
  set({ filters: NO_FILTERS });
}

export function setAnimateFlows(animateFlows: boolean): void {
  set({ animateFlows });
}

export function setReducedMotion(reducedMotion: boolean): void {
  set({ reducedMotion, ...(reducedMotion ? { animateFlows: false } : {}) });
}

export function setStyleUrl(styleUrl: string | null): void {
  set({ styleUrl });
}

/** Loads the language's catalogue, then switches: components re-render once the text is there. */
export async function setLanguage(lang: Language): Promise<void> {
  await switchLanguage(lang);
  set({ lang });
}

export function setCamera(camera: { center: [number, number]; zoom: number }): void {
  set({ camera });
}

/** Once per page: the opening view is drawn (see `firstViewDrawn`). */
export function markFirstViewDrawn(): void {
  if (!get().firstViewDrawn) set({ firstViewDrawn: true });
}

/** The same, when the browser next has a moment (an idle callback; Safari has none, so a short timeout). */
export function markFirstViewDrawnSoon(): void {
  if (get().firstViewDrawn) return;
  if (typeof requestIdleCallback === "function") requestIdleCallback(markFirstViewDrawn, { timeout: 1000 });
  else setTimeout(markFirstViewDrawn, 100);
}

export function setShow(show: DataView): void {
  set({ show });
}

/** The map cannot be drawn: the table stands in for it. */
export function setMapStatus(mapStatus: MapStatus): void {
  set({ mapStatus, ...(mapStatus === "ok" ? {} : { playing: get().playing, hovered: null, hoverPoint: null, chooser: null }) });
}

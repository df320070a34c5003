import { pin, setShow } from "../../state/actions";
import type { Selection } from "../../state/store";

/** The id of the pinned details, wherever the layout puts them: focus goes there after a row is chosen. */
export const PINNED_DETAILS_ID = "pinned-details";

/** Pins a row's feature on the map, shows the map (when it can be drawn) and moves focus to its details. */
export function showOnMap(selection: Selection, mapAvailable: boolean): void {
  pin(selection);
  if (mapAvailable) setShow("map");
  requestAnimationFrame(() => document.getElementById(PINNED_DETAILS_ID)?.focus());
}

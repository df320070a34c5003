import type { Padding } from "./opening-camera";

/** Room for the zoom buttons (left), the source line and the credit (bottom) when the map fits its opening view. */
export const OPENING_PADDING: Padding = { top: 24, right: 24, bottom: 40, left: 56 };

/** A single port's figure should not open at street level. */
export const MAX_OPENING_ZOOM = 6;

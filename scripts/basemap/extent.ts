import type { Box } from "./types";

/**
 * Generous on purpose: the launch view is lon 0–100, lat 30–60, and a tight box shows its straight
 * edges as soon as a reader pans. South of 0° and east of 150° nobody looks in this app.
 */
export const CLIP_BOX: Box = [-30, 0, 150, 80];

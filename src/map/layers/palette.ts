import type { Direction } from "../../data/model";
import type { FlowMode } from "../../data/frames/resolve-drawing";

export type Rgba = [number, number, number, number];
export type Theme = "light" | "dark";
export type ColorBy = "direction" | "mode";

/**
 * Flow colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies), a
 * shade lighter on the dark basemap. Flows are the only coloured things on the map: routes are
 * drawn in greys with their mode told by the line's pattern, so a colour always means one thing.
 */
export const DIRECTION_COLORS: Readonly<Record<Theme, Record<Direction, Rgba>>> = {
  light: { export: [213, 94, 0, 230], import: [0, 158, 115, 230], both: [0, 114, 178, 220] },
  dark: { export: [240, 140, 70, 235], import: [60, 200, 160, 235], both: [86, 180, 233, 230] },
};

export const MODE_COLORS: Readonly<Record<Theme, Record<"rail" | "road" | "air" | "mixed", Rgba>>> = {
  light: { rail: [204, 121, 167, 230], road: [230, 159, 0, 235], air: [86, 180, 233, 235], mixed: [110, 110, 110, 220] },
  dark: { rail: [230, 160, 200, 235], road: [240, 190, 60, 235], air: [120, 200, 240, 235], mixed: [190, 190, 190, 225] },
};

/** Routes: neutral, so they never compete with the flows drawn along them. */
export const ROUTE_COLORS: Readonly<Record<Theme, { line: Rgba; planned: Rgba }>> = {
  light: { line: [96, 96, 96, 200], planned: [120, 120, 120, 170] },
  dark: { line: [175, 175, 175, 200], planned: [150, 150, 150, 170] },
};

export const ZONE_COLORS: Readonly<Record<Theme, { fill: Rgba; line: Rgba }>> = {
  light: { fill: [240, 228, 66, 90], line: [150, 130, 20, 230] },
  dark: { fill: [240, 228, 66, 70], line: [240, 228, 66, 220] },
};

export const PLACE_COLORS: Readonly<Record<Theme, { fill: Rgba; ring: Rgba; city: Rgba; closed: Rgba; total: Rgba; totalLine: Rgba }>> = {
  light: { fill: [255, 255, 255, 255], ring: [34, 34, 34, 255], city: [70, 70, 70, 255], closed: [150, 150, 150, 255], total: [0, 114, 178, 60], totalLine: [0, 114, 178, 230] },
  dark: { fill: [30, 33, 38, 255], ring: [235, 235, 235, 255], city: [205, 205, 205, 255], closed: [120, 120, 120, 255], total: [86, 180, 233, 60], totalLine: [86, 180, 233, 230] },
};

/** Modes a package declares (sea, pipeline…) take these, in the order the modes first appear. */
const EXTRA_MODE_COLORS: Readonly<Record<Theme, Rgba[]>> = {
  light: [[0, 158, 115, 230], [86, 180, 233, 235], [240, 228, 66, 235], [0, 114, 178, 230]],
  dark: [[60, 200, 160, 235], [120, 200, 240, 235], [240, 228, 66, 235], [86, 180, 233, 230]],
};

export function modeColor(theme: Theme, mode: FlowMode): Rgba {
  if (mode === "rail" || mode === "road" || mode === "air" || mode === "mixed") return MODE_COLORS[theme][mode];
  const extra = EXTRA_MODE_COLORS[theme];
  let hash = 0;
  for (const ch of mode) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return extra[hash % extra.length] ?? MODE_COLORS[theme].mixed;
}

export function flowColor(theme: Theme, colorBy: ColorBy, flow: { direction: Direction; mode: FlowMode }): Rgba {
  return colorBy === "direction" ? DIRECTION_COLORS[theme][flow.direction] : modeColor(theme, flow.mode);
}

/** CSS for a palette colour, so the legend draws exactly what the map draws. */
export function cssColor(c: Rgba): string {
  return `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;
}

import type { Direction } from "../../data/model";
import type { FlowMode } from "../../data/frames/resolve-endpoints";

export type Rgba = [number, number, number, number];
export type Theme = "light" | "dark";
export type ColorBy = "direction" | "mode";

/**
 * Colour-blind-safe pairs (ColorBrewer Dark2 / Set2 families), checked for contrast on both the
 * light and the dark basemap. Each entry is the arc's colour at its destination; the origin end is
 * drawn fainter so the direction of travel reads without arrowheads.
 */
export const DIRECTION_COLORS: Readonly<Record<Theme, Record<Direction, Rgba>>> = {
  light: { export: [217, 95, 2, 235], import: [27, 158, 119, 235], both: [117, 112, 179, 235] },
  dark: { export: [252, 141, 98, 235], import: [102, 194, 165, 235], both: [160, 160, 235, 235] },
};

export const MODE_COLORS: Readonly<Record<Theme, Record<FlowMode, Rgba>>> = {
  light: { rail: [94, 60, 153, 235], road: [230, 97, 1, 235], air: [5, 113, 176, 235], mixed: [90, 90, 90, 235] },
  dark: { rail: [178, 171, 210, 235], road: [253, 184, 99, 235], air: [146, 197, 222, 235], mixed: [200, 200, 200, 235] },
};

/** Route lines by mode, quieter than the arcs they sit under. */
export const ROUTE_COLORS: Readonly<Record<Theme, Record<"rail" | "road" | "air", Rgba>>> = {
  light: { rail: [94, 60, 153, 150], road: [166, 97, 26, 150], air: [5, 113, 176, 150] },
  dark: { rail: [178, 171, 210, 160], road: [223, 194, 125, 160], air: [146, 197, 222, 160] },
};

export const ZONE_COLORS: Readonly<Record<Theme, { fill: Rgba; line: Rgba }>> = {
  light: { fill: [230, 171, 2, 70], line: [166, 118, 29, 230] },
  dark: { fill: [230, 171, 2, 80], line: [255, 217, 47, 230] },
};

export const PLACE_COLORS: Readonly<Record<Theme, { port: Rgba; city: Rgba; hub: Rgba; other: Rgba; ring: Rgba; total: Rgba }>> = {
  light: { port: [255, 255, 255, 255], city: [60, 60, 60, 255], hub: [94, 60, 153, 255], other: [120, 120, 120, 255], ring: [40, 40, 40, 255], total: [117, 112, 179, 90] },
  dark: { port: [30, 30, 30, 255], city: [220, 220, 220, 255], hub: [178, 171, 210, 255], other: [170, 170, 170, 255], ring: [235, 235, 235, 255], total: [160, 160, 235, 90] },
};

/** The faint origin end of an arc. */
export function originColor(color: Rgba): Rgba {
  return [color[0], color[1], color[2], Math.round(color[3] * 0.35)];
}

export function flowColor(theme: Theme, colorBy: ColorBy, flow: { direction: Direction; mode: FlowMode }): Rgba {
  return colorBy === "direction" ? DIRECTION_COLORS[theme][flow.direction] : MODE_COLORS[theme][flow.mode];
}

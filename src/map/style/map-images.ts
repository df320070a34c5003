import { PLACE_COLORS, type Rgba, type Theme } from "../layers/palette";

/**
 * The map's symbols, painted pixel by pixel (no canvas, no image files): ports are rings, dashed when
 * the position is approximate; hubs are squares; airports a ring with a dot; towns a dot. Arrowheads
 * carry their colour in their name ("icon-arrow-d55e00"), so any colour scheme gets its own.
 * MapLibre asks for each one the first time a layer needs it (`styleimagemissing`).
 */
export interface MapImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  pixelRatio: number;
}

const RATIO = 2;

type Shade = (x: number, y: number) => { color: Rgba; coverage: number } | null;

function paint(size: number, shade: Shade): MapImage {
  const px = size * RATIO;
  const data = new Uint8ClampedArray(px * px * 4);
  for (let y = 0; y < px; y += 1) {
    for (let x = 0; x < px; x += 1) {
      // Sample at the pixel centre, in CSS pixels from the image centre.
      const hit = shade((x + 0.5) / RATIO - size / 2, (y + 0.5) / RATIO - size / 2);
      if (!hit || hit.coverage <= 0) continue;
      const i = (y * px + x) * 4;
      data[i] = hit.color[0];
      data[i + 1] = hit.color[1];
      data[i + 2] = hit.color[2];
      data[i + 3] = Math.round(hit.color[3] * Math.min(1, hit.coverage));
    }
  }
  return { width: px, height: px, data, pixelRatio: RATIO };
}

/** Anti-aliased coverage of a band [inner, outer] at distance d. */
const band = (d: number, inner: number, outer: number) => Math.max(0, Math.min(1, outer - d + 0.5, d - inner + 0.5));

function ring(theme: Theme, options: { radius: number; stroke: number; dashed: boolean; dot: boolean; square: boolean }): MapImage {
  const c = PLACE_COLORS[theme];
  const size = Math.ceil(options.radius * 2 + 4);
  return paint(size, (x, y) => {
    const d = options.square ? Math.max(Math.abs(x), Math.abs(y)) : Math.hypot(x, y);
    const outer = options.radius;
    const inner = options.radius - options.stroke;
    const angle = Math.atan2(y, x);
    // Eight dashes around the ring: readable at 10 pixels, and unlike any solid ring.
    const inGap = options.dashed && Math.cos(angle * 8) < -0.2;
    const onRing = band(d, inner, outer);
    if (onRing > 0 && !inGap) return { color: c.ring, coverage: onRing };
    if (options.dot && d <= options.radius * 0.38 + 0.5) return { color: c.ring, coverage: band(d, -1, options.radius * 0.38) };
    if (d < inner + 0.5) return { color: c.fill, coverage: 1 };
    return null;
  });
}

function dot(theme: Theme, dashed: boolean): MapImage {
  const c = PLACE_COLORS[theme];
  return paint(8, (x, y) => {
    const d = Math.hypot(x, y);
    if (dashed) return band(d, 1.6, 3) > 0 ? { color: c.city, coverage: band(d, 1.6, 3) } : null;
    return d <= 3 ? { color: c.city, coverage: band(d, -1, 2.6) } : null;
  });
}

function arrow(color: Rgba): MapImage {
  // Pointing up (north); MapLibre rotates it by the corridor's bearing at its end.
  return paint(14, (x, y) => {
    const inside = y <= 5.5 && y >= -5.5 && Math.abs(x) <= ((y + 5.5) / 11) * 6;
    return inside ? { color, coverage: 1 } : null;
  });
}

const HEX = /^icon-arrow-([0-9a-f]{6})$/;

export function hexOf(color: Rgba): string {
  return color
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("");
}

/** The image a layer asks for by id, or undefined for an id this map does not paint. */
export function mapImage(id: string, theme: Theme): MapImage | undefined {
  const arrowMatch = HEX.exec(id);
  if (arrowMatch?.[1]) {
    const hex = arrowMatch[1];
    return arrow([parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16), 255]);
  }
  const approx = id.endsWith("-approx");
  switch (id.replace(/-approx$/, "")) {
    case "icon-port":
      return ring(theme, { radius: 5.5, stroke: 2, dashed: approx, dot: false, square: false });
    case "icon-hub":
      return ring(theme, { radius: 5, stroke: 1.8, dashed: approx, dot: false, square: true });
    case "icon-airport":
      return ring(theme, { radius: 5, stroke: 1.6, dashed: approx, dot: true, square: false });
    case "icon-town":
      return dot(theme, approx);
    default:
      return undefined;
  }
}

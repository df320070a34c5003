import type { ConsoleMessage, Page } from "@playwright/test";
import { colorDistance, decodePng, pixelAt, type Rgb } from "./helpers";

export interface Watch {
  errors: string[];
  foreign: string[];
}

/** Collects console errors, page errors and any request that leaves the page's own origin. */
export function watch(page: Page, origin = "http://127.0.0.1:4173/"): Watch {
  const w: Watch = { errors: [], foreign: [] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") w.errors.push(message.text());
  });
  page.on("pageerror", (error) => w.errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) w.foreign.push(url);
  });
  return w;
}

export const hex = (color: string): Rgb => ({ r: parseInt(color.slice(1, 3), 16), g: parseInt(color.slice(3, 5), 16), b: parseInt(color.slice(5, 7), 16) });

/** A palette colour as it looks drawn with its alpha over a background. */
export function blend(rgba: readonly number[], background: Rgb): Rgb {
  const a = (rgba[3] ?? 255) / 255;
  return { r: (rgba[0] ?? 0) * a + background.r * (1 - a), g: (rgba[1] ?? 0) * a + background.g * (1 - a), b: (rgba[2] ?? 0) * a + background.b * (1 - a) };
}

/** Best match for a colour in a square around a point: a flow may be a few pixels off where it is expected. */
export async function nearestColorDistance(page: Page, at: { x: number; y: number }, color: Rgb, radius = 10): Promise<number> {
  const png = decodePng(await page.screenshot());
  let best = Infinity;
  for (let dy = -radius; dy <= radius; dy += 1) {
    for (let dx = -radius; dx <= radius; dx += 1) best = Math.min(best, colorDistance(pixelAt(png, at.x + dx, at.y + dy), color));
  }
  return best;
}

export function along(a: [number, number], b: [number, number], t: number): [number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** A series key as the package builds it: metric|origin|destination|direction|subject. */
export const seriesKey = (metric: string, origin: string, destination: string, direction: "both" | "export" | "import", subject = "") => [metric, origin, destination, direction, subject].join("|");

/** The closest a colour comes to any of several candidate points (an arc's two possible sides). */
export async function nearestOfPoints(page: Page, points: { x: number; y: number }[], color: Rgb, radius = 6): Promise<number> {
  let best = Infinity;
  for (const p of points) best = Math.min(best, await nearestColorDistance(page, p, color, radius));
  return best;
}

import { PNG } from "pngjs";
import type { Page } from "@playwright/test";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Decodes a Playwright screenshot so tests can assert on real pixels, not on a canvas merely existing. */
export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

export function pixelAt(png: PNG, x: number, y: number): Rgb {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return { r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0 };
}

export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
}

/** Count of pixels within `tolerance` of a colour, in a rectangle of the screenshot. */
export function countNear(png: PNG, color: Rgb, tolerance: number, box = { x: 0, y: 0, width: png.width, height: png.height }): number {
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      if (colorDistance(pixelAt(png, x, y), color) <= tolerance) count += 1;
    }
  }
  return count;
}

/** The number of "idle" events the map has had: a finished frame after every change. */
export async function idleCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0"));
}

/** Waits until the explorer is ready and the map has drawn a finished frame (after `after` idles). */
export async function waitForMapIdle(page: Page, after = 0): Promise<void> {
  await page.waitForSelector(".month-slider", { timeout: 60_000 });
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0") > n, after, { timeout: 60_000 });
}

/** The camera the map reports at its last idle, so tests can find places on screen at any window size. */
export async function mapView(page: Page): Promise<{ center: [number, number]; zoom: number; width: number; height: number; left: number; top: number }> {
  const info = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>(".maplibregl-map");
    const rect = el?.getBoundingClientRect();
    return { center: el?.dataset.center ?? "0,0", zoom: Number(el?.dataset.zoom ?? "0"), rect: rect ? { x: rect.x, y: rect.y, w: rect.width, h: rect.height } : null };
  });
  if (!info.rect) throw new Error("no map on the page");
  const [lon, lat] = info.center.split(",").map(Number);
  return { center: [lon ?? 0, lat ?? 0], zoom: info.zoom, width: info.rect.w, height: info.rect.h, left: info.rect.x, top: info.rect.y };
}

import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { colorDistance, countNear, decodePng, idleCount, pixelAt, waitForMapIdle, type Rgb } from "./helpers";
import { project } from "./project";

/** The bundled package's opening view (data/dataset.json) and the map area at a 1280×800 window. */
const VIEW = { center: [72, 46] as [number, number], zoom: 3.2 };
const PLACES = {
  urumqi: [87.6, 43.825],
  astana: [71.4333, 51.1667],
  bishkek: [74.6122, 42.8747],
  khunjerab: [75.55, 37.0333],
} satisfies Record<string, [number, number]>;
/** Two-way trade arcs, at their opaque destination end, on the light theme (palette.ts). */
const ARC_COLOR: Rgb = { r: 117, g: 112, b: 179 };

interface Watch {
  errors: string[];
  foreign: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { errors: [], foreign: [] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") w.errors.push(message.text());
  });
  page.on("pageerror", (error) => w.errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("http://127.0.0.1:4173/") && !url.startsWith("data:") && !url.startsWith("blob:")) w.foreign.push(url);
  });
  return w;
}

async function mapBox(page: Page) {
  const box = await page.locator(".maplibregl-map").boundingBox();
  if (!box) throw new Error("no map on the page");
  return box;
}

/** Best match for a colour in a square around a point: the arc may be a few pixels off the straight line. */
async function nearestColorDistance(page: Page, at: { x: number; y: number }, color: Rgb, radius = 10): Promise<number> {
  const png = decodePng(await page.screenshot());
  let best = Infinity;
  for (let dy = -radius; dy <= radius; dy += 1) {
    for (let dx = -radius; dx <= radius; dx += 1) best = Math.min(best, colorDistance(pixelAt(png, at.x + dx, at.y + dy), color));
  }
  return best;
}

function along(a: [number, number], b: [number, number], t: number): [number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

test("opens on the corridors: basemap, arcs, legend and timeline, with no error and no request elsewhere", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const box = await mapBox(page);
  const view = { ...VIEW, width: box.width, height: box.height, left: box.x, top: box.y };

  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "March 2023");
  await expect(page.locator(".legend")).toContainText("Arc width");

  // The Xinjiang–Kazakhstan arc, near its Astana end, is drawn in the arc colour…
  const onArc = project(along(PLACES.urumqi, PLACES.astana, 0.8), view);
  expect(await nearestColorDistance(page, onArc, ARC_COLOR)).toBeLessThan(40);
  // …and the basemap is drawn too: land and water differ somewhere between Moscow and Karachi.
  const png = decodePng(await page.screenshot());
  const samples = [
    project([60, 60], view),
    project([66, 24], view),
  ].map((p) => pixelAt(png, p.x, p.y));
  expect(colorDistance(samples[0] ?? ARC_COLOR, samples[1] ?? ARC_COLOR)).toBeGreaterThan(8);

  mkdirSync("artifacts", { recursive: true });
  await page.screenshot({ path: "artifacts/explorer.png" });
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test("stepping the month with the keyboard changes the month text and the arcs", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const box = await mapBox(page);
  const view = { ...VIEW, width: box.width, height: box.height, left: box.x, top: box.y };
  // Xinjiang–Kyrgyzstan is published for Jan–Mar 2023 but not April: its arc must go.
  const onKyrgyzArc = project(along(PLACES.urumqi, PLACES.bishkek, 0.85), view);
  const square = (at: { x: number; y: number }) => ({ x: Math.round(at.x) - 6, y: Math.round(at.y) - 6, width: 13, height: 13 });
  const arcPixels = async () => countNear(decodePng(await page.screenshot()), ARC_COLOR, 40, square(onKyrgyzArc));
  expect(await arcPixels()).toBeGreaterThan(10);

  const slider = page.getByRole("slider", { name: /Month/ });
  const before = await idleCount(page);
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuetext", "April 2023");
  await expect(page.locator(".month-label")).toHaveText("April 2023");
  await waitForMapIdle(page, before);
  expect(await arcPixels()).toBeLessThan(3);

  await page.keyboard.press("ArrowLeft");
  await expect(slider).toHaveAttribute("aria-valuetext", "March 2023");
  expect(w.errors).toEqual([]);
});

test("clicking a port pins its panel with this month's value and its sources", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const box = await mapBox(page);
  const view = { ...VIEW, width: box.width, height: box.height, left: box.x, top: box.y };
  const port = project(PLACES.khunjerab, view);
  await page.mouse.move(port.x, port.y);
  await expect(page.locator(".hover-card")).toContainText("Khunjerab");
  await page.mouse.click(port.x, port.y);
  const panel = page.locator(".pinned");
  await expect(panel).toContainText("Khunjerab");
  await expect(panel).toContainText("红其拉甫");
  await expect(panel).toContainText("Land port");
  await expect(panel.locator(".sources")).toContainText(/China\.org\.cn|China Economic Net|Gwadar Pro/);
  expect(w.errors).toEqual([]);
});

test("works at phone width: the map, the month slider and the folded panel", async ({ page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByRole("slider", { name: /Month/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show panel" })).toBeVisible();
  await page.screenshot({ path: "artifacts/explorer-phone.png" });
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

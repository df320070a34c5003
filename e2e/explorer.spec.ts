import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { colorDistance, countNear, decodePng, idleCount, mapView, pixelAt, waitForMapIdle, type Rgb } from "./helpers";
import { THEME_COLORS } from "../src/map/basemap-style";
import { project } from "./project";

const hex = (color: string): Rgb => ({ r: parseInt(color.slice(1, 3), 16), g: parseInt(color.slice(3, 5), 16), b: parseInt(color.slice(5, 7), 16) });

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
  const view = await mapView(page);

  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "March 2023");
  await expect(page.locator(".legend")).toContainText("Arc width");

  // The Xinjiang–Kazakhstan arc, near its Astana end, is drawn in the arc colour…
  const onArc = project(along(PLACES.urumqi, PLACES.astana, 0.8), view);
  expect(await nearestColorDistance(page, onArc, ARC_COLOR)).toBeLessThan(40);
  // …and the basemap is drawn too: plenty of land, and water (lakes and seas) somewhere.
  const png = decodePng(await page.screenshot());
  const area = { x: Math.round(view.left), y: Math.round(view.top), width: Math.round(view.width), height: Math.round(view.height) };
  const landShare = (countNear(png, hex(THEME_COLORS.light.land), 6, area) + countNear(png, hex(THEME_COLORS.light.focusLand), 6, area)) / (area.width * area.height);
  const waterShare = countNear(png, hex(THEME_COLORS.light.water), 6, area) / (area.width * area.height);
  expect(landShare).toBeGreaterThan(0.3);
  expect(waterShare).toBeGreaterThan(0.003);

  mkdirSync("artifacts", { recursive: true });
  await page.screenshot({ path: "artifacts/explorer.png" });
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test("stepping the month with the keyboard changes the month text and the arcs", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const view = await mapView(page);
  // Xinjiang–Kyrgyzstan is published for Jan–Mar 2023 but not April: its arc must go.
  // Arcs are tilted to read as curves, so this one runs a little south of the straight line.
  const nearBishkek = project(along(PLACES.urumqi, PLACES.bishkek, 0.88), view);
  const band = { x: Math.round(nearBishkek.x) - 6, y: Math.round(nearBishkek.y), width: 13, height: 30 };
  const arcPixels = async () => countNear(decodePng(await page.screenshot()), ARC_COLOR, 40, band);
  expect(await arcPixels()).toBeGreaterThan(20);

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
  const view = await mapView(page);
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

test("says plainly when the data cannot be loaded, instead of showing a blank page", async ({ page }) => {
  await page.route("**/data/corridors.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The map data could not be loaded.");
  await expect(alert).toContainText("404");
});

test("play advances the month on its own, and pause stops it", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const slider = page.getByRole("slider", { name: /Month/ });
  await page.getByRole("combobox", { name: "Speed" }).selectOption("4");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(slider).not.toHaveAttribute("aria-valuetext", "March 2023", { timeout: 5_000 });
  await page.getByRole("button", { name: "Pause" }).click();
  const stopped = await slider.getAttribute("aria-valuetext");
  await page.waitForTimeout(1_000);
  await expect(slider).toHaveAttribute("aria-valuetext", stopped ?? "");
  expect(w.errors).toEqual([]);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test("tapping a port opens its details in the panel", async ({ page }) => {
    const w = watch(page);
    await page.goto("/");
    await waitForMapIdle(page);
    const view = await mapView(page);
    const port = project(PLACES.khunjerab, view);
    await page.touchscreen.tap(port.x, port.y);
    const panel = page.locator(".pinned");
    await expect(panel).toContainText("Khunjerab");
    await expect(panel.locator(".sources")).toBeVisible();
    expect(w.errors).toEqual([]);
  });
});

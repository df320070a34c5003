import { expect, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { DIRECTION_COLORS } from "../src/map/layers/palette";
import { THEME_COLORS } from "../src/map/basemap-style";
import { countNear, decodePng, idleCount, mapView, waitForMapIdle } from "./helpers";
import { arcPoints, project } from "./project";
import { blend, hex, nearestOfPoints, watch } from "./watch";

const PLACES = {
  xinjiang: [87.6, 43.825],
  centralAsia: [67, 42],
  bishkek: [74.6122, 42.8747],
  khunjerab: [75.4236, 36.8483],
} satisfies Record<string, [number, number]>;
const LAND = hex(THEME_COLORS.light.focusLand);
/** A two-way flow on the light theme, as drawn over the highlighted land (palette.ts). */
const TWO_WAY = blend(DIRECTION_COLORS.light.both, LAND);

test("opens on the corridors: basemap, flows, legend and timeline, with no error and no request elsewhere", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const view = await mapView(page);

  // The package names no opening month: the latest month with data for the default metric.
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "December 2025");
  await expect(page.locator(".panel-body .legend")).toContainText("Flow width");
  // The whole story the title promises is in the frame, Europe included.
  const cologne = project([6.95, 50.93], view);
  expect(cologne.x).toBeGreaterThan(view.left);

  // The arc from Xinjiang to Central Asia, half way along, is drawn in the two-way colour…
  expect(await nearestOfPoints(page, arcPoints(PLACES.xinjiang, PLACES.centralAsia, 0.5, view), TWO_WAY)).toBeLessThan(30);
  // …and the basemap is drawn too: plenty of land, and water (lakes and seas) somewhere.
  const png = decodePng(await page.screenshot());
  const area = { x: Math.round(view.left), y: Math.round(view.top), width: Math.round(view.width), height: Math.round(view.height) };
  const landShare = (countNear(png, hex(THEME_COLORS.light.land), 6, area) + countNear(png, LAND, 6, area)) / (area.width * area.height);
  const waterShare = countNear(png, hex(THEME_COLORS.light.water), 6, area) / (area.width * area.height);
  expect(landShare).toBeGreaterThan(0.3);
  expect(waterShare).toBeGreaterThan(0.003);
  await expect(page.locator(".map-caption .source-line")).toContainText("Sources:");

  mkdirSync("artifacts", { recursive: true });
  await page.screenshot({ path: "artifacts/explorer.png" });
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test("stepping the month with the keyboard changes the month text and the flows", async ({ page }) => {
  const w = watch(page);
  // Xinjiang–Kyrgyzstan is published for Jan–Mar 2023 but not April: its arc must go. (The filter
  // keeps the Central Asia arc, which runs close by, out of the way.)
  await page.goto("/?month=2023-03&partner=kyrgyzstan");
  await waitForMapIdle(page);
  const view = await mapView(page);
  const onArc = arcPoints(PLACES.xinjiang, PLACES.bishkek, 0.6, view);
  expect(await nearestOfPoints(page, onArc, TWO_WAY, 4)).toBeLessThan(30);

  const slider = page.getByRole("slider", { name: /Month/ });
  const before = await idleCount(page);
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuetext", "April 2023");
  await expect(page.locator(".month-label")).toHaveText("April 2023");
  await waitForMapIdle(page, before);
  expect(await nearestOfPoints(page, onArc, TWO_WAY, 4)).toBeGreaterThan(60);

  await page.keyboard.press("ArrowLeft");
  await expect(slider).toHaveAttribute("aria-valuetext", "March 2023");
  expect(w.errors).toEqual([]);
});

test("at the opening view the arcs are drawn inside the map's style, beneath the labels, as after a month step", async ({ page }) => {
  await page.goto("/?month=2023-06");
  await waitForMapIdle(page);
  await expect(page.locator(".maplibregl-map")).toHaveAttribute("data-deck-in-style", "true");
});

test("hovering an arc names the flow under the pointer, and a click pins it", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const view = await mapView(page);
  // arcPoints gives the point half way along for either lean; the arc passes through one of them.
  const card = page.locator(".hover-card");
  for (const point of arcPoints(PLACES.xinjiang, PLACES.centralAsia, 0.5, view)) {
    await page.mouse.move(point.x, point.y);
    if (await card.isVisible()) break;
  }
  // The card is the arc's: the flow between the two ends, with its metric (not a place or a route).
  await expect(card).toContainText("Xinjiang → Central Asia");
  await expect(card).toContainText("Trade value");
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator(".pinned")).toContainText("Xinjiang → Central Asia");
  expect(w.errors).toEqual([]);
});

test("clicking a port pins its panel: every figure published about it, across metrics, each one link away", async ({ page }) => {
  const w = watch(page);
  await page.goto("/?month=2024-06&view=75.4,37.2,6");
  await waitForMapIdle(page);
  const view = await mapView(page);
  const port = project(PLACES.khunjerab, view);
  await page.mouse.move(port.x, port.y);
  await expect(page.locator(".hover-card")).toContainText("Khunjerab");
  await page.mouse.click(port.x, port.y);
  const panel = page.locator(".pinned");
  await expect(panel).toContainText("Khunjerab");
  await expect(panel).toContainText("红其拉甫");
  await expect(panel).toContainText("Cargo");
  await expect(panel).toContainText("Vehicles crossing");
  await expect(panel.locator(".sources").first()).toBeVisible();
  // A figure of another metric is one click away: the map switches to it.
  await panel.getByRole("button", { name: "Show on the map" }).first().click();
  await expect(page.locator("#metric-select")).not.toHaveValue("trade_value");
  expect(w.errors).toEqual([]);
});

test("works at phone width: the map, the month slider and the folded sheet", async ({ page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByRole("slider", { name: /Month/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "More" })).toHaveAttribute("aria-expanded", "false");
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
  await page.goto("/?month=2023-03");
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
    await page.goto("/?view=75.4,37.2,6");
    await waitForMapIdle(page);
    const view = await mapView(page);
    const port = project(PLACES.khunjerab, view);
    await page.touchscreen.tap(port.x, port.y);
    const panel = page.locator(".pinned");
    await expect(panel).toContainText("Khunjerab");
    await expect(panel.locator(".sources").first()).toBeVisible();
    expect(w.errors).toEqual([]);
  });

  test("tapping where several places overlap asks which one was meant", async ({ page }) => {
    await page.goto("/?view=80.4,44.2,4");
    await waitForMapIdle(page);
    const view = await mapView(page);
    const horgos = project([80.3694, 44.1956], view);
    await page.touchscreen.tap(horgos.x, horgos.y);
    const chooser = page.getByRole("dialog", { name: "Several places here" });
    await expect(chooser).toBeVisible();
    await chooser.getByRole("button", { name: /Horgos/ }).first().tap();
    await expect(page.locator(".pinned")).toContainText("Horgos");
  });
});

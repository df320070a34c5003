import { expect, test, type Page } from "@playwright/test";
import { DIRECTION_COLORS } from "../src/map/layers/palette";
import { THEME_COLORS } from "../src/map/basemap-style";
import { countNear, decodePng, idleCount, mapView, waitForMapIdle } from "./helpers";
import { arcPoints, project } from "./project";
import { along, blend, hex, nearestColorDistance, nearestOfPoints, seriesKey, watch } from "./watch";

const LAND = hex(THEME_COLORS.light.focusLand);
const TWO_WAY = blend(DIRECTION_COLORS.light.both, LAND);
const HORGOS: [number, number] = [80.3694, 44.1956];
const ALMATY: [number, number] = [76.8958, 43.2775];
const XINJIANG: [number, number] = [87.6, 43.825];
const CENTRAL_ASIA: [number, number] = [67, 42];

/** Pixels of the two-way flow colour in the map area. */
async function flowPixels(page: Page, color = TWO_WAY, tolerance = 28): Promise<number> {
  const view = await mapView(page);
  return countNear(decodePng(await page.screenshot()), color, tolerance, { x: Math.round(view.left), y: Math.round(view.top), width: Math.round(view.width), height: Math.round(view.height) });
}

test("a port's train count is drawn along the railway through Horgos, and ends past the border, not at a capital", async ({ page }) => {
  const w = watch(page);
  await page.goto("/?month=2024-06&metric=trains&view=79,44,5.5");
  await waitForMapIdle(page);
  const view = await mapView(page);
  // Along the line between Horgos and Almaty, a little way into Kazakhstan: the corridor is there…
  expect(await nearestColorDistance(page, project(along(HORGOS, ALMATY, 0.35), view), TWO_WAY, 14)).toBeLessThan(30);
  // …and nothing is drawn to Astana, the capital, where port totals used to land.
  expect(await nearestColorDistance(page, project([74, 48.5], view), TWO_WAY, 20)).toBeGreaterThan(60);
  expect(w.errors).toEqual([]);
});

test("switching to a metric with nothing at the shown month moves to its latest month and says so", async ({ page }) => {
  await page.goto("/?month=2022-06");
  await waitForMapIdle(page);
  await page.locator("#metric-select").selectOption("crossings");
  await expect(page.locator(".notice")).toContainText("No Border crossings (people) figure covers June 2022");
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", /2025/);
});

test("a link to a metric with no monthly figure names that metric in the switch, not another one", async ({ page }) => {
  // New businesses registered: the bundled package has no monthly figure for it (only totals that are not monthly flows).
  await page.goto("/?month=2024-06&metric=new_firms");
  await waitForMapIdle(page);
  await expect(page.locator("#metric-select")).toHaveValue("new_firms");
  await expect(page.locator("#month-summary")).toContainText("New businesses registered");
});

test("a month that draws nothing says so over the map, and a month that draws something does not", async ({ page }) => {
  await page.goto("/?month=2024-06&metric=ev_imports");
  await waitForMapIdle(page);
  await expect(page.locator(".empty-month-note")).toHaveText("No Electric-vehicle imports figure is published for June 2024.");
  await page.getByRole("slider", { name: /Month/ }).focus();
  await page.keyboard.press("Home");
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "January 2022");
  await expect(page.locator(".empty-month-note")).toHaveCount(0);
});

test("every series with a value is on the map or named beside it", async ({ page }) => {
  await page.goto("/?month=2024-06&metric=trains");
  await waitForMapIdle(page);
  const list = page.locator(".not-on-map");
  await expect(list).toContainText("Also published for June 2024, not drawn");
  await expect(list).toContainText("China–Europe trains only");
});

test("pinning a flow keeps it strong and dims the others", async ({ page }) => {
  const key = seriesKey("trade_value", "xinjiang", "central-asia-5", "both");
  await page.goto("/?month=2023-06");
  await waitForMapIdle(page);
  const view = await mapView(page);
  const onArc = arcPoints(XINJIANG, CENTRAL_ASIA, 0.5, view);
  const before = await flowPixels(page);
  await page.goto(`/?month=2023-06&sel=${encodeURIComponent(`flow:${key}`)}`);
  await waitForMapIdle(page);
  await expect(page.locator(".pinned")).toContainText("Central Asia");
  // The pinned arc is as strong as before…
  expect(await nearestOfPoints(page, onArc, TWO_WAY)).toBeLessThan(30);
  // …while the other flows (the circles, the port corridors) fade: fewer strong flow pixels overall.
  expect(await flowPixels(page)).toBeLessThan(before);
});

test("a filter by partner hides the flows to others, and clearing it brings them back", async ({ page }) => {
  await page.goto("/?month=2023-03");
  await waitForMapIdle(page);
  const view = await mapView(page);
  const onCentralAsia = arcPoints(XINJIANG, CENTRAL_ASIA, 0.5, view);
  expect(await nearestOfPoints(page, onCentralAsia, TWO_WAY)).toBeLessThan(30);
  await page.getByText("Filter flows").click();
  const before = await idleCount(page);
  await page.getByLabel("Partner").selectOption("kyrgyzstan");
  await waitForMapIdle(page, before);
  expect(await nearestOfPoints(page, onCentralAsia, TWO_WAY)).toBeGreaterThan(60);
  await expect(page).toHaveURL(/partner=kyrgyzstan/);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/partner=/);
});

test("top N keeps only the largest flows of the month", async ({ page }) => {
  await page.goto("/?month=2023-06");
  await waitForMapIdle(page);
  const all = await flowPixels(page);
  await page.goto("/?month=2023-06&top=3");
  await waitForMapIdle(page);
  expect(await flowPixels(page)).toBeLessThan(all);
});

test("the search box finds a place by another spelling, pins it and flies there", async ({ page }) => {
  await page.goto("/?month=2023-06");
  await waitForMapIdle(page);
  const search = page.getByRole("combobox", { name: "Find a place" });
  await search.fill("khorg");
  await expect(page.locator(".search-results [role=option]").first()).toContainText("Horgos");
  const before = await idleCount(page);
  await search.press("Enter");
  await expect(page.locator(".pinned")).toContainText("Horgos");
  await waitForMapIdle(page, before);
  await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThanOrEqual(5.9);
});

test("the chart under the map says when its series has no figure at the shown month, where the map draws another", async ({ page }) => {
  // China–Europe trains: the chart follows Horgos, which has no 2025 figure; the map draws Alashankou's.
  await page.goto("/?month=2025-06&metric=trains");
  await waitForMapIdle(page);
  const caption = page.locator(".timeline-chart figcaption");
  await expect(caption).toContainText("Horgos");
  await expect(caption).toContainText("no figure for June 2025");
  await page.getByRole("slider", { name: /Month/ }).focus();
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "June 2024");
  await expect(caption).not.toContainText("no figure");
});

import { expect, test } from "@playwright/test";
import { countNear, decodePng, mapView, waitForMapIdle } from "./helpers";
import { hex } from "./watch";
import { THEME_COLORS } from "../src/map/basemap-style";
import { DIRECTION_COLORS } from "../src/map/layers/palette";

/** Pixels of the two-way flow colour in the map: arcs and corridors are drawn, not just a basemap. */
async function flowPixels(page: import("@playwright/test").Page): Promise<number> {
  const view = await mapView(page);
  const png = decodePng(await page.screenshot());
  const [r = 0, g = 0, b = 0] = DIRECTION_COLORS.light.both;
  const area = { x: Math.round(view.left), y: Math.round(view.top), width: Math.round(view.width), height: Math.round(view.height) };
  return countNear(png, { r, g, b }, 60, area) + countNear(png, hex("#3a7fb5"), 60, area);
}

test.describe("never a blank page", () => {
  test("without WebGL, the table and the summary stand in for the map, with a short message", async ({ page }) => {
    await page.addInitScript(() => {
      // A browser with WebGL turned off: no context of either kind.
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto("/?month=2024-06");
    const alert = page.getByRole("alert").filter({ hasText: "cannot draw the map" });
    await expect(alert).toBeVisible();
    await expect(page.locator("#month-summary")).toContainText("June 2024, Trade value");
    await expect(page.locator("#month-summary")).toBeVisible();
    const table = page.getByRole("table").first();
    await expect(table).toBeVisible();
    await expect(table.getByRole("rowheader").first()).toContainText("Xinjiang");
    // The slider still drives the table.
    await page.getByRole("slider", { name: /Month/ }).focus();
    await page.keyboard.press("PageUp");
    await expect(page.locator("#month-summary")).toContainText("June 2025");
    // No switch to a map that cannot be drawn.
    await expect(page.getByRole("group", { name: "Show as" })).toHaveCount(0);
  });

  test("after the WebGL context is lost, the map comes back with the same month, metric and selection", async ({ page }) => {
    await page.goto("/?month=2024-06&metric=trade_value&sel=place:horgos");
    await waitForMapIdle(page);
    expect(await flowPixels(page)).toBeGreaterThan(200);
    const camera = await mapView(page);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      const gl = canvas?.getContext("webgl2");
      gl?.getExtension("WEBGL_lose_context")?.loseContext();
    });
    // A new map, on a new canvas, drawn from the state the store kept.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      const gl = canvas?.getContext("webgl2");
      return gl !== null && gl !== undefined && !gl.isContextLost() && Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0") > 0;
    }, null, { timeout: 60_000 });
    await waitForMapIdle(page);
    expect(await flowPixels(page)).toBeGreaterThan(200);
    await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "June 2024");
    await expect(page.getByRole("combobox", { name: "Show" })).toHaveValue("trade_value");
    await expect(page.locator("#pinned-details")).toContainText("Horgos");
    const back = await mapView(page);
    expect(back.zoom).toBeCloseTo(camera.zoom, 1);
    expect(back.center[0]).toBeCloseTo(camera.center[0], 1);
  });

  test("a crash of the map turns into a message with a reload button, and the rest of the page stays", async ({ page }) => {
    // The map's code fails to load and run: the error boundary takes over.
    await page.route(/\/assets\/MapView-[^/]*\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "throw new Error('the map code broke');" }));
    await page.goto("/?month=2024-06");
    const alert = page.getByRole("alert").filter({ hasText: "The map stopped working." });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "June 2024");
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await waitForMapIdle(page);
  });
});

test("the basemap draws while a slow package is still loading, then the package's view and flows follow", async ({ page }) => {
  await page.route("**/data/corridors.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.continue();
  });
  await page.goto("/?month=2024-06");
  // Before the package arrives: a map with land on it, and no timeline yet.
  await page.waitForSelector(".maplibregl-canvas", { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector(".maplibregl-map") !== null);
  await page.waitForTimeout(1_500);
  await expect(page.locator(".month-slider")).toHaveCount(0);
  const early = decodePng(await page.locator(".map-area").screenshot());
  const land = countNear(early, hex(THEME_COLORS.light.land), 6) + countNear(early, hex(THEME_COLORS.light.focusLand), 6);
  expect(land / (early.width * early.height)).toBeGreaterThan(0.05);
  // After: the package's opening view, with its flows drawn.
  await waitForMapIdle(page);
  const view = await mapView(page);
  expect(view.center[0]).toBeGreaterThan(5);
  expect(view.center[0]).toBeLessThan(96);
  expect(await flowPixels(page)).toBeGreaterThan(200);
});

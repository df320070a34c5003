import { expect, test, type Page } from "@playwright/test";
import { THEME_COLORS } from "../src/map/basemap-style";
import { PLACE_COLORS } from "../src/map/layers/palette";
import { countNear, decodePng, mapView, waitForMapIdle } from "./helpers";
import { project } from "./project";
import { blend, hex, watch } from "./watch";

const HORGOS: [number, number] = [80.3694, 44.1956];
const URUMQI: [number, number] = [87.6, 43.825];
const LAND = hex(THEME_COLORS.light.focusLand);
const RING = blend(PLACE_COLORS.light.ring, LAND);
/** The inside of a totals' circle: translucent, so a light blue no arc is drawn in. */
const CIRCLE_INSIDE = blend(PLACE_COLORS.light.total, LAND);

/** Pixels near a colour in a square of `half` pixels around a place. */
async function pixelsNear(page: Page, place: [number, number], color: ReturnType<typeof hex>, half: number, tolerance: number): Promise<number> {
  const view = await mapView(page);
  const at = project(place, view);
  const png = decodePng(await page.screenshot());
  return countNear(png, color, tolerance, { x: Math.round(at.x - half), y: Math.round(at.y - half), width: half * 2, height: half * 2 });
}

test.describe("the map's symbols and circles (drawn by the arcs' program)", () => {
  test("a port is drawn as a ring at its place, and the totals as a translucent circle", async ({ page }) => {
    const w = watch(page);
    await page.goto("/?month=2025-06");
    await waitForMapIdle(page);
    expect(await pixelsNear(page, HORGOS, RING, 5, 40)).toBeGreaterThan(12);
    expect(await pixelsNear(page, URUMQI, CIRCLE_INSIDE, 40, 8)).toBeGreaterThan(300);
    expect(w.errors).toEqual([]);
  });

  test("switching places off in the display options takes their symbols and names off the map", async ({ page }) => {
    await page.goto("/?month=2025-06&layers=flows,routes,zones");
    await waitForMapIdle(page);
    expect(await pixelsNear(page, HORGOS, RING, 5, 40)).toBe(0);
    // The flows stay: the circle is still there.
    expect(await pixelsNear(page, URUMQI, CIRCLE_INSIDE, 40, 8)).toBeGreaterThan(300);
  });

  test("switching flows off takes the circles off too, and the places stay", async ({ page }) => {
    await page.goto("/?month=2025-06&layers=places,routes,zones");
    await waitForMapIdle(page);
    expect(await pixelsNear(page, URUMQI, CIRCLE_INSIDE, 40, 8)).toBe(0);
    expect(await pixelsNear(page, HORGOS, RING, 5, 40)).toBeGreaterThan(12);
  });

  test("the arcs and symbols are in the map's style, beneath the places' names, from the first finished frame", async ({ page }) => {
    await page.goto("/?month=2023-06");
    await waitForMapIdle(page);
    await expect(page.locator(".maplibregl-map")).toHaveAttribute("data-deck-in-style-at-first-idle", "true");
  });
});

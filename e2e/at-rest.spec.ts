import { expect, test, type Page } from "@playwright/test";
import { DIRECTION_COLORS } from "../src/map/layers/palette";
import { THEME_COLORS } from "../src/map/basemap-style";
import { idleCount, mapView, waitForMapIdle } from "./helpers";
import { arcPoints } from "./project";
import { blend, hex, nearestOfPoints } from "./watch";

const XINJIANG: [number, number] = [87.6, 43.825];
const BISHKEK: [number, number] = [74.6122, 42.8747];
const TWO_WAY = blend(DIRECTION_COLORS.light.both, hex(THEME_COLORS.light.focusLand));

/** Counts the page's requestAnimationFrame calls from when `reset` is called. */
async function countAnimationFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const own = window.requestAnimationFrame.bind(window);
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    window.requestAnimationFrame = (callback) => {
      w.__frames += 1;
      return own(callback);
    };
  });
}
const framesSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

test.describe("a map at rest", () => {
  test("asks the browser for no frames once it is idle (deck.gl's loop waits too)", async ({ page }) => {
    await countAnimationFrames(page);
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const before = await framesSoFar(page);
    await page.waitForTimeout(2000);
    // An animation loop left running asks about 60 times a second (fewer in a headless browser).
    expect((await framesSoFar(page)) - before).toBeLessThanOrEqual(2);
  });

  test("still draws a month step, and comes back to rest after it", async ({ page }) => {
    await countAnimationFrames(page);
    // Xinjiang–Kyrgyzstan is published for Jan–Mar 2023 but not April (as in explorer.spec.ts).
    await page.goto("/?month=2023-03&partner=kyrgyzstan");
    await waitForMapIdle(page);
    const view = await mapView(page);
    const onArc = arcPoints(XINJIANG, BISHKEK, 0.6, view);
    expect(await nearestOfPoints(page, onArc, TWO_WAY, 4)).toBeLessThan(30);
    await page.waitForTimeout(1500);

    const slider = page.getByRole("slider", { name: /Month/ });
    const idles = await idleCount(page);
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "April 2023");
    await waitForMapIdle(page, idles);
    expect(await nearestOfPoints(page, onArc, TWO_WAY, 4)).toBeGreaterThan(60);

    await page.waitForTimeout(1000);
    const before = await framesSoFar(page);
    await page.waitForTimeout(1500);
    expect((await framesSoFar(page)) - before).toBeLessThanOrEqual(2);
  });
});

import { expect, test } from "@playwright/test";
import { idleCount, mapView, waitForMapIdle } from "./helpers";

test.describe("by keyboard alone", () => {
  test("Page Up and Page Down move the slider a year, Home and End to the first and last month", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    const slider = page.getByRole("slider", { name: /Month/ });
    await slider.focus();
    await page.keyboard.press("PageUp");
    await expect(slider).toHaveAttribute("aria-valuetext", "June 2025");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expect(slider).toHaveAttribute("aria-valuetext", "June 2023");
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "July 2023");
    await page.keyboard.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "January 2022");
    await page.keyboard.press("End");
    await expect(slider).toHaveAttribute("aria-valuetext", "December 2025");
  });

  test("Space plays and pauses, from the slider and from the map", async ({ page }) => {
    await page.goto("/?month=2023-03");
    await waitForMapIdle(page);
    const slider = page.getByRole("slider", { name: /Month/ });
    await slider.focus();
    await page.keyboard.press(" ");
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(slider).not.toHaveAttribute("aria-valuetext", "March 2023", { timeout: 5_000 });
    await page.locator(".maplibregl-canvas").focus();
    await page.keyboard.press(" ");
    await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  });

  test("Esc closes the pinned details", async ({ page }) => {
    await page.goto("/?month=2024-06&sel=place:horgos");
    await waitForMapIdle(page);
    await expect(page.locator(".pinned")).toContainText("Horgos");
    await page.keyboard.press("Escape");
    await expect(page.locator(".pinned")).toHaveCount(0);
    await expect(page).not.toHaveURL(/sel=/);
  });

  test("the skip link leads to the table, and a row's name pins its feature on the map", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the table of figures" })).toBeFocused();
    await page.keyboard.press("Enter");
    const table = page.locator("#data-view");
    // Focus inside the table shows it, though the map is the chosen view.
    await page.keyboard.press("Tab");
    await expect(table).toBeInViewport();
    await expect(table.getByRole("table").first()).toBeVisible();
    const row = table.getByRole("rowheader").getByRole("button", { name: "Xinjiang → all partners" }).first();
    await row.focus();
    await page.keyboard.press("Enter");
    const details = page.locator("#pinned-details");
    await expect(details).toBeFocused();
    await expect(details).toContainText("Xinjiang");
    await expect(page).toHaveURL(/sel=total%3A|sel=flow%3A/);
  });

  test("a place in the table of places is pinned and named in its details", async ({ page }) => {
    await page.goto("/?month=2024-06&show=table");
    await page.waitForSelector(".data-table");
    await page.getByRole("rowheader").getByRole("button", { name: "Irkeshtam", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#pinned-details")).toContainText("Irkeshtam");
    // The map comes back to show it.
    await expect(page.locator("#data-view")).not.toBeInViewport();
  });

  test("the map takes focus with a visible ring, and pans and zooms with the keys", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    const canvas = page.locator(".maplibregl-canvas");
    // Reached with Tab, as a keyboard reader reaches it (the ring is for keyboard focus).
    for (let i = 0; i < 100 && !(await canvas.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
    await expect(canvas).toBeFocused();
    const ring = await canvas.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await expect(canvas).toHaveAttribute("aria-describedby", "month-summary");
    const before = await mapView(page);
    let idles = await idleCount(page);
    await page.keyboard.press("ArrowRight");
    await waitForMapIdle(page, idles);
    const panned = await mapView(page);
    expect(panned.center[0]).toBeGreaterThan(before.center[0]);
    idles = await idleCount(page);
    await page.keyboard.press("=");
    await waitForMapIdle(page, idles);
    expect((await mapView(page)).zoom).toBeGreaterThan(before.zoom);
  });

  test("Tab goes through the page in reading order: skip links, title controls, metric, map, table, timeline", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    const order: string[] = [];
    for (let i = 0; i < 300 && !order.includes("slider"); i += 1) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return "";
          if (el.classList.contains("maplibregl-canvas")) return "map";
          if (el.closest("#data-view")) return "table";
          if (el.matches(".month-slider")) return "slider";
          if (el.id === "metric-select") return "metric";
          return el.closest(".panel-top") ? "top" : el.tagName.toLowerCase();
        }),
      );
    }
    const first = (what: string) => order.indexOf(what);
    expect(first("top")).toBeGreaterThanOrEqual(0);
    expect(first("top")).toBeLessThan(first("metric"));
    expect(first("metric")).toBeLessThan(first("map"));
    expect(first("map")).toBeLessThan(first("table"));
    expect(first("table")).toBeLessThan(first("slider"));
  });
});

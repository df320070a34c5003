import { expect, test } from "@playwright/test";
import { waitForMapIdle } from "./helpers";

// What only scrolling, the closed sheet or a screen reader reaches is rendered after the opening view.
test.describe("after the opening view", () => {
  test("the tables behind the map and the panel's lower sections are in the page once the map is idle", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    const dataView = page.locator("#data-view");
    await expect(dataView.getByRole("table")).toHaveCount(2);
    await expect(dataView.getByRole("rowheader").getByRole("button", { name: "Horgos", exact: true })).toHaveCount(1);
    await expect(page.locator(".side-panel .display-options")).toHaveCount(1);
    await expect(page.locator(".side-panel .about h2")).toHaveText("About the data");
  });

  test("a map that never finishes loading does not hold the tables back", async ({ page }) => {
    // The countries never arrive, so the map never goes idle.
    await page.route("**/basemap/countries.geojson", () => new Promise(() => undefined));
    await page.goto("/?month=2024-06");
    const dataView = page.locator("#data-view");
    await expect(dataView.locator("h2")).toContainText("June 2024");
    await expect(dataView.getByRole("table")).toHaveCount(0);
    await expect(dataView.getByRole("table")).toHaveCount(2, { timeout: 10_000 });
  });

  test("the skip link reaches the table before the map has finished", async ({ page }) => {
    await page.route("**/basemap/countries.geojson", () => new Promise(() => undefined));
    await page.goto("/?month=2024-06");
    await expect(page.locator("#data-view h2")).toContainText("June 2024");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the table of figures" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.locator("#data-view")).toBeInViewport({ timeout: 2_000 });
    await expect(page.locator("#data-view").getByRole("table").first()).toBeVisible();
  });

  test("the table asked for by the link is there at once, map or no map", async ({ page }) => {
    await page.route("**/basemap/countries.geojson", () => new Promise(() => undefined));
    await page.goto("/?month=2024-06&show=table");
    await expect(page.locator("#data-view").getByRole("table")).toHaveCount(2, { timeout: 3_000 });
  });

  test("the list of all sources is rendered when it is opened", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    const all = page.locator("#all-sources");
    // The closed list is in the page (so "none yet" below is about its content, not its absence).
    await expect(all.locator("summary")).toBeVisible();
    await expect(all.locator("li")).toHaveCount(0);
    await all.locator("summary").click();
    await expect(all.locator("li").first()).toBeVisible();
  });

  test("the source line's link to all sources opens the list, filled", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    await page.locator(".side-panel .about").getByRole("button", { name: "All sources" }).click();
    const all = page.locator("#all-sources");
    await expect(all).toHaveAttribute("open", "");
    await expect(all.locator("li").first()).toBeVisible();
  });
});

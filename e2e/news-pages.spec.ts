import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { decodePng, mapView, pixelAt, waitForMapIdle } from "./helpers";
import { watch } from "./watch";

async function iframeHeight(page: Page, id: string): Promise<number> {
  return page.evaluate((container) => Number(document.querySelector(`#${container} iframe`)?.getAttribute("height") ?? "0"), id);
}

test.describe("every view is a link", () => {
  test("a deep link opens the stated month, metric, selection and camera", async ({ page }) => {
    await page.goto("/?month=2023-05&metric=trains&sel=place:horgos&view=80.4,44.2,6");
    await waitForMapIdle(page);
    await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "May 2023");
    await expect(page.locator("#metric-select")).toHaveValue("trains");
    await expect(page.locator(".pinned")).toContainText("Horgos");
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(6, 1);
    expect(view.center[0]).toBeCloseTo(80.4, 1);
  });

  test("exploring writes the view back into the address, without a history entry per step", async ({ page }) => {
    await page.goto("/?month=2023-05");
    await waitForMapIdle(page);
    const history = await page.evaluate(() => window.history.length);
    const slider = page.getByRole("slider", { name: /Month/ });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/month=2023-07/);
    await page.locator("#metric-select").selectOption("vehicle_exports");
    await expect(page).toHaveURL(/metric=vehicle_exports/);
    expect(await page.evaluate(() => window.history.length)).toBe(history);
  });

  test("a malformed parameter is named in a notice, and the rest of the link still applies", async ({ page }) => {
    const w = watch(page);
    await page.goto("/?month=2023-13&metric=trains&view=999,0,3&sel=place:atlantis");
    await waitForMapIdle(page);
    const notice = page.locator(".link-notice");
    await expect(notice).toContainText("month=2023-13");
    await expect(notice).toContainText("view=999,0,3");
    await expect(notice).toContainText("sel=place:atlantis");
    await expect(page.locator("#metric-select")).toHaveValue("trains");
    expect(w.errors).toEqual([]);
  });
});

test.describe("embedded on a news page", () => {
  for (const width of [320, 640]) {
    test(`at ${width} px the embed keeps title, month, legend and source line, and opens the same view in full`, async ({ page, context }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?embed=1&month=2023-06&sel=place:horgos");
      await waitForMapIdle(page);
      await expect(page.locator(".embed-header h1")).toContainText("Xinjiang");
      await expect(page.locator(".embed-subtitle")).toContainText("June 2023");
      await expect(page.locator(".embed .legend")).toBeVisible();
      await expect(page.locator(".embed-footer .source-line")).toBeVisible();
      await expect(page.locator(".side-panel")).toHaveCount(0);
      mkdirSync("artifacts", { recursive: true });
      await page.screenshot({ path: `artifacts/embed-${width}.png`, fullPage: true });
      const [full] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "Open in full explorer" }).click()]);
      await waitForMapIdle(full);
      expect(full.url()).not.toContain("embed=1");
      await expect(full.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "June 2023");
      await expect(full.locator(".pinned")).toContainText("Horgos");
    });
  }

  test("does not play unless the link asks", async ({ page }) => {
    await page.goto("/?embed=1&month=2023-06");
    await waitForMapIdle(page);
    await page.waitForTimeout(1500);
    await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "June 2023");
  });

  test("takes its title and description from the data package", async ({ page }) => {
    await page.goto("/?embed=1");
    await expect(page).toHaveTitle(/Xinjiang's trade corridors/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Land ports/);
  });

  test("a host page on another origin sizes each of two embeds to its own content; a forged height changes nothing", async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto("http://localhost:4175/");
    await expect.poll(() => iframeHeight(page, "first"), { timeout: 60_000 }).not.toBe(560);
    // The footer is there while the package still loads: an embed has settled once its map is drawn
    // (waited for while it is on screen: Chromium does not draw a cross-origin frame scrolled away).
    const settled = (id: string) => page.frameLocator(`#${id} iframe`).locator(".maplibregl-map[data-idle]").waitFor({ state: "attached", timeout: 60_000 });
    await page.frameLocator("#first iframe").locator(".embed-footer").waitFor();
    await settled("first");
    // The second embed is below the fold: it loads once the reader scrolls to it.
    await page.locator("#second").scrollIntoViewIfNeeded();
    await expect.poll(() => iframeHeight(page, "second"), { timeout: 60_000 }).not.toBe(560);
    await page.frameLocator("#second iframe").locator(".embed-footer").waitFor();
    await settled("second");
    // Each iframe is exactly as tall as its content: nothing cut off, no empty band.
    for (const id of ["first", "second"]) {
      const content = () => page.frameLocator(`#${id} iframe`).locator(".embed").evaluate((el) => Math.round(el.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await content()) - (await iframeHeight(page, id)))).toBeLessThan(4);
    }
    const first = await iframeHeight(page, "first");
    const second = await iframeHeight(page, "second");
    expect(first).toBeGreaterThan(400);
    // The 320-pixel column gets a shorter map than the 640-pixel one: each is sized by its own content.
    expect(second).not.toBe(first);
    // A message with a forged height, from the host page itself and from another frame, is ignored.
    await page.evaluate(() => {
      window.postMessage({ sentinel: "amp", type: "embed-size", height: 7 }, "*");
      const forger = document.createElement("iframe");
      forger.srcdoc = `<script>parent.postMessage({ sentinel: "amp", type: "embed-size", height: 9 }, "*"); parent.postMessage("pymxPYMxfirstxPYMxheightxPYMx11", "*");</script>`;
      document.body.appendChild(forger);
    });
    await page.waitForTimeout(1000);
    expect(await iframeHeight(page, "first")).toBe(first);
    expect(await iframeHeight(page, "second")).toBe(second);
    mkdirSync("artifacts", { recursive: true });
    await page.screenshot({ path: "artifacts/host-page.png", fullPage: true });
  });
});

test.describe("export", () => {
  test("the PNG holds the map with its flows, and the title and source line around it", async ({ page }) => {
    await page.goto("/?month=2023-06");
    await waitForMapIdle(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Image for print, 2× (PNG)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/xinjiang-corridors-trade_value-2023-06@2x\.png/);
    const png = decodePng(readFileSync(await download.path()));
    const view = await mapView(page);
    expect(png.width).toBe(Math.round(view.width) * 2);
    // Varied pixels across the map: land, water, flows (a blank canvas would be one colour).
    const colours = new Set<string>();
    for (let y = 200; y < png.height - 200; y += 23) for (let x = 0; x < png.width; x += 29) {
      const p = pixelAt(png, x, y);
      colours.add(`${p.r >> 4},${p.g >> 4},${p.b >> 4}`);
    }
    expect(colours.size).toBeGreaterThan(12);
    // Dark text in the title band at the top and in the source line at the bottom.
    const dark = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y += 2) for (let x = 0; x < png.width / 2; x += 2) if (pixelAt(png, x, y).r < 90) n += 1;
      return n;
    };
    expect(dark(20, 70)).toBeGreaterThan(100);
    expect(dark(png.height - 70, png.height - 10)).toBeGreaterThan(50);
  });

  test("the CSV parses and its rows match what the panel shows", async ({ page }) => {
    await page.goto("/?month=2023-06&sel=flow:trade_value%7Cxinjiang%7Ccentral-asia-5%7Cboth%7C");
    await waitForMapIdle(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Get the data (CSV)" }).click()]);
    const rows = parse(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.destination === "central-asia-5" && r.direction === "both");
    expect(row).toMatchObject({ month: "2023-06", metric: "trade_value", unit: "CNY", method: "derived", drawn_as: "arc" });
    expect(row?.sources).toContain("Xinhua");
    const shown = await page.locator(".pinned .value").first().textContent();
    // The panel rounds to three digits: "19.5 billion Chinese yuan".
    expect(Number(row?.value) / 1e9).toBeCloseTo(Number(shown?.match(/[\d.]+/)?.[0]), 0);
    expect(rows.every((r) => (r.sources ?? "").length > 0)).toBe(true);
  });
});

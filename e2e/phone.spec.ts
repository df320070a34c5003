import { expect, test, type Page } from "@playwright/test";
import { mapView, waitForMapIdle } from "./helpers";
import { project } from "./project";

const HORGOS: [number, number] = [80.3694, 44.1956];
const XINJIANG: [number, number] = [87.6, 43.825];

const SIZES = [
  { name: "360 × 640", width: 360, height: 640 },
  { name: "390 × 844", width: 390, height: 844 },
  { name: "844 × 390, landscape", width: 844, height: 390 },
];

/** Every visible control smaller than a fingertip (44 px) one way or the other. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>("button, select, input, summary, .maplibregl-ctrl-group button");
    const small: string[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || el.closest(".visually-hidden, .offscreen, [hidden]")) continue;
      // A link-styled button inside a sentence is text, not a control (WCAG 2.5.8's inline exception).
      if (el.classList.contains("link-button") && !el.closest("th")) continue;
      if (el.matches("input[type=radio], input[type=checkbox]") && el.closest("label")) {
        const label = el.closest("label")?.getBoundingClientRect();
        if (label && label.height >= 44) continue;
      }
      if (box.height < 43.5 || box.width < 24) small.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

for (const size of SIZES) {
  test.describe(`on a phone, ${size.name}`, () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: size.width, height: size.height } });

    test("title, metric and a compact legend are on screen without opening anything, and nothing is wider than the screen", async ({ page }) => {
      await page.goto("/?month=2024-06");
      await waitForMapIdle(page);
      for (const locator of [page.getByRole("heading", { level: 1 }), page.getByRole("combobox", { name: "Show" }), page.locator(".top-legend .legend-compact")]) {
        await expect(locator).toBeVisible();
        await expect(locator).toBeInViewport({ ratio: 1 });
      }
      await expect(page.locator(".top-legend")).toContainText("Width:");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await page.screenshot({ path: `artifacts/phone-${size.width}x${size.height}.png` });
    });

    test("the opening camera fits the month's corridors to the map that is visible", async ({ page }) => {
      await page.goto("/?month=2024-06");
      await waitForMapIdle(page);
      const view = await mapView(page);
      // Central Asia's anchor and Urumqi, the two ends of the month's largest flows, are both inside the map…
      for (const point of [project([67, 42], view), project(XINJIANG, view)]) {
        expect(point.x).toBeGreaterThan(view.left);
        expect(point.x).toBeLessThan(view.left + view.width);
        expect(point.y).toBeGreaterThan(view.top);
        expect(point.y).toBeLessThan(view.top + view.height);
      }
      // …and they span most of its width, not a thin band across the middle.
      const span = Math.abs(project(XINJIANG, view).x - project([67, 42], view).x);
      expect(span / view.width).toBeGreaterThan(0.5);
    });

    test("every control is at least 44 px high", async ({ page }) => {
      await page.goto("/?month=2024-06");
      await waitForMapIdle(page);
      expect(await smallTargets(page)).toEqual([]);
      // Held sideways the panel stands beside the map, already open; upright it is a sheet to open.
      const more = page.getByRole("button", { name: "More" });
      if (await more.isVisible()) await more.tap();
      await expect(page.locator("#panel-body")).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
    });

    test("tapping Horgos pins Horgos, and the map pans so the sheet does not hide it", async ({ page }) => {
      await page.goto("/?month=2024-06&view=80.4,44.2,7");
      await waitForMapIdle(page);
      const view = await mapView(page);
      const horgos = project(HORGOS, view);
      await page.touchscreen.tap(horgos.x, horgos.y);
      const chooser = page.getByRole("dialog", { name: "Several places here" });
      if (await chooser.isVisible()) await chooser.getByRole("button", { name: /^Horgos/ }).first().tap();
      const details = page.locator("#pinned-details");
      await expect(details).toContainText("Horgos");
      await expect(details.locator("h3").first()).toContainText("Horgos");
      await page.waitForTimeout(800);
      const sheet = await page.locator("#panel-body").boundingBox();
      const after = project(HORGOS, await mapView(page));
      const mapBox = await mapView(page);
      expect(after.y).toBeGreaterThan(mapBox.top);
      if (sheet && sheet.y > mapBox.top) expect(after.y).toBeLessThan(sheet.y);
    });

    test("the timeline's years are written at their normal size, not squashed", async ({ page }) => {
      await page.goto("/?month=2024-06");
      await waitForMapIdle(page);
      const label = page.locator(".year-label").filter({ hasText: "2024" });
      const box = await label.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(10);
      expect((box?.width ?? 0) / (box?.height ?? 1)).toBeGreaterThan(1.5);
      expect(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(11);
    });
  });
}

for (const size of SIZES.filter((s) => s.width <= 700)) {
  test.describe(`the table on a phone, ${size.name}`, () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: size.width, height: size.height } });

    test("is read down, not sideways: each row is a card, and each of its values carries its column's name", async ({ page }) => {
      await page.goto("/?month=2024-06&show=table");
      const table = page.locator("#data-view .flow-table");
      await expect(table).toBeVisible();
      // Neither the flows nor the places, zones and routes scroll sideways.
      await expect(page.locator("#data-view .feature-table")).toBeAttached();
      const overflow = await page.locator("#data-view .table-scroll").evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
      expect(overflow).toEqual([0, 0]);
      const card = table.locator("tbody tr").first();
      await expect(card.getByRole("rowheader")).toContainText("Xinjiang → all partners");
      for (const column of ["Value", "How obtained", "vs. year before", "Sources"]) await expect(card.locator(".cell-label", { hasText: column })).toBeVisible();
      await expect(card.getByRole("cell").first()).toContainText("35 billion Chinese yuan");
      // A card's rows are stacked: the year's change sits below the value, not beside it off screen.
      const value = await card.getByRole("cell").nth(0).boundingBox();
      const year = await card.getByRole("cell").nth(3).boundingBox();
      expect((year?.y ?? 0) - (value?.y ?? 0)).toBeGreaterThan(0);
      expect((year?.x ?? size.width) + (year?.width ?? 0)).toBeLessThanOrEqual(size.width);
      // The sort buttons stay on screen; the other headers are still the table's for screen readers.
      await expect(table.getByRole("button", { name: "Value" })).toBeInViewport();
      await expect(table.getByRole("columnheader", { name: "How obtained" })).toHaveCount(1);
      await expect(card.locator(".cell-label").first()).toHaveAttribute("aria-hidden", "true");
      await page.screenshot({ path: `artifacts/phone-table-${size.width}x${size.height}.png` });
    });
  });
}

test.describe("on a phone, 360 × 640, in Russian", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });

  test("the metric switch shows a long name whole, and choosing from it still works", async ({ page }) => {
    await page.goto("/?month=2024-06&lang=ru&metric=vehicle_traffic");
    await waitForMapIdle(page);
    const face = page.locator(".metric-control .select-face-text");
    await expect(face).toHaveText("Пересечения транспортных средств");
    // Whole: wrapped inside its box, not cut at the edge as a closed select cuts it.
    expect(await face.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(face).toBeInViewport({ ratio: 1 });
    const select = page.getByRole("combobox", { name: "Показатель" });
    await select.selectOption("trade_value");
    await expect(face).toHaveText("Товарооборот");
    await expect(page).toHaveURL(/metric=trade_value|^(?!.*metric=)/);
  });

  test("the sources caption leaves the map's credits button free to tap", async ({ page }) => {
    await page.goto("/?month=2024-06&lang=ru");
    await waitForMapIdle(page);
    const caption = await page.locator(".map-caption .source-line").boundingBox();
    const credits = await page.locator(".maplibregl-ctrl-attrib-button").boundingBox();
    expect(caption && credits).toBeTruthy();
    if (!caption || !credits) return;
    expect(caption.x + caption.width <= credits.x || caption.y + caption.height <= credits.y || credits.y + credits.height <= caption.y).toBe(true);
  });
});

import { expect, test, type Page } from "@playwright/test";
import { waitForMapIdle } from "./helpers";
import { watch } from "./watch";

/** Text that does not fit its box: cut off sideways, or running past the screen's edge. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    const candidates = document.querySelectorAll<HTMLElement>(".panel-top *, .timeline *, .data-table th, .data-table caption, .view-switch button, .legend *, .month-label, .panel-toggle");
    for (const el of candidates) {
      const box = el.getBoundingClientRect();
      // Visually hidden text (a label kept for screen readers) is 1 px wide on purpose.
      if (box.width <= 1 || el.closest(".visually-hidden, [hidden], .offscreen")) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      // A wide table scrolls sideways on purpose; what is inside it may run past the screen's edge.
      const pastEdge = box.right > width + 1 && !el.closest(".table-scroll");
      if ((clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== "SELECT") || pastEdge) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? "").trim().slice(0, 40)}"`);
      }
    }
    return out;
  });
}

const LANGUAGES = [
  { lang: "zh", htmlLang: "zh-Hans", title: "新疆通往中亚、俄罗斯和欧洲的贸易通道", metric: "进出口额", horgos: "霍尔果斯", month: "2024年6月" },
  { lang: "ru", htmlLang: "ru", title: "Торговые коридоры Синьцзяна в Центральную Азию, Россию и Европу", metric: "Товарооборот", horgos: "Хоргос", month: "июнь 2024" },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test("the interface, the data's names, the metric and the month are all in the language", async ({ page }) => {
      const w = watch(page);
      await page.goto(`/?lang=${l.lang}&month=2024-06`);
      await waitForMapIdle(page);
      await expect(page.locator("html")).toHaveAttribute("lang", l.htmlLang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.title);
      await expect(page.locator("#metric-select option:checked")).toHaveText(l.metric);
      await expect(page.locator(".month-label")).toContainText(l.month);
      await expect(page.getByRole("slider")).toHaveAttribute("aria-valuetext", new RegExp(l.month));
      // No English left in the controls every reader sees.
      for (const english of ["Map", "Table", "Share or embed", "Hide panel", "Play", "Previous month"]) {
        await expect(page.getByRole("button", { name: english, exact: true })).toHaveCount(0);
      }
      await expect(page.locator("#data-view")).toContainText(l.horgos);
      await expect(page.locator("#month-summary")).toContainText(l.month);
      await page.screenshot({ path: `artifacts/lang-${l.lang}-desktop.png` });
      expect(await overflowing(page)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
    });

    test("on a phone, nothing runs out of its box", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(`/?lang=${l.lang}&month=2024-06`);
      await waitForMapIdle(page);
      await page.screenshot({ path: `artifacts/lang-${l.lang}-phone.png` });
      expect(await overflowing(page)).toEqual([]);
      await page.goto(`/?lang=${l.lang}&month=2024-06&show=table`);
      await page.waitForSelector(".data-table");
      await page.screenshot({ path: `artifacts/lang-${l.lang}-phone-table.png` });
      expect(await overflowing(page)).toEqual([]);
    });
  });
}

test("the switcher changes the language and the link keeps it", async ({ page }) => {
  await page.goto("/?month=2024-06");
  await waitForMapIdle(page);
  await page.getByRole("combobox", { name: "Language" }).first().selectOption("ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANGUAGES[1].title);
  await expect(page).toHaveURL(/lang=ru/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANGUAGES[1].title);
});

test.describe("a reader whose browser is in Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("gets the page in Chinese without asking", async ({ page }) => {
    await page.goto("/?month=2024-06");
    await waitForMapIdle(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANGUAGES[0].title);
  });
});

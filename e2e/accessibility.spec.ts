import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForMapIdle } from "./helpers";

/** WCAG 2.2 A and AA plus axe's best practices: what a news graphic is held to. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const VIEWS: { name: string; url: string; waitForMap: boolean }[] = [
  { name: "the full page, light", url: "/?month=2024-06&theme=light", waitForMap: true },
  { name: "the full page, dark", url: "/?month=2024-06&theme=dark", waitForMap: true },
  { name: "the table view, light", url: "/?month=2024-06&theme=light&show=table", waitForMap: false },
  { name: "the table view, dark", url: "/?month=2024-06&theme=dark&show=table", waitForMap: false },
  { name: "the embed", url: "/?embed=1&month=2024-06&theme=light", waitForMap: true },
  { name: "the embed, dark, as a table", url: "/?embed=1&month=2024-06&theme=dark&show=table", waitForMap: false },
  { name: "the page in Chinese", url: "/?month=2024-06&lang=zh", waitForMap: true },
  { name: "the page in Russian", url: "/?month=2024-06&lang=ru", waitForMap: true },
  { name: "the table in Russian", url: "/?month=2024-06&lang=ru&show=table", waitForMap: false },
];

test.describe("axe finds no serious or critical problem", () => {
  for (const view of VIEWS) {
    test(`in ${view.name}`, async ({ page }) => {
      await page.goto(view.url);
      if (view.waitForMap) await waitForMapIdle(page);
      else await page.waitForSelector(".data-table");
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("with a port's details pinned and the share dialog open", async ({ page }) => {
    await page.goto("/?month=2024-06&sel=place:horgos");
    await waitForMapIdle(page);
    await expect(page.locator(".pinned")).toContainText("Horgos");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Share or embed" }).first().click();
    await expect(page.getByRole("dialog", { name: "Share or embed this view" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe("on a phone", () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    test("with the sheet open", async ({ page }) => {
      await page.goto("/?month=2024-06");
      await waitForMapIdle(page);
      await page.getByRole("button", { name: "More" }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

test.describe("a reader who asked for less motion", () => {
  test.use({ reducedMotion: "reduce" });
  test("gets no autoplay and no moving dashes, even when the link asks for them", async ({ page }) => {
    await page.goto("/?month=2023-03&play=1&anim=1");
    await waitForMapIdle(page);
    await page.waitForTimeout(1500);
    await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "March 2023");
    await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
    // The moving dashes are not even offered.
    await expect(page.getByRole("checkbox", { name: "Moving dashes along flows", includeHidden: true })).toHaveCount(0);
    const transitions = await page.evaluate(() => getComputedStyle(document.querySelector(".spinner") ?? document.body).animationName);
    expect(transitions).toBe("none");
  });
});

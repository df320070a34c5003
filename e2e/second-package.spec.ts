import { expect, test, type Page } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIRECTION_COLORS } from "../src/map/layers/palette";
import { THEME_COLORS } from "../src/map/basemap-style";
import { countNear, decodePng, idleCount, mapView, waitForMapIdle } from "./helpers";
import { arcPoints, project } from "./project";
import { along, blend, hex, nearestOfPoints, watch } from "./watch";

/**
 * The explorer is not about Xinjiang: a second, unrelated package (Laredo–Nuevo Laredo on the
 * US–Mexico border, figures in US dollars) opens by link and by file drop, and is drawn over its
 * own part of the basemap, with its flows where its places are.
 */
const PACKAGE_DIR = "examples/laredo";
const PACKAGE_FILES = ["dataset.json", "sources.csv", "figures.csv", "geo/places.geojson", "geo/routes.geojson"];
const TITLE: string = JSON.parse(readFileSync(join(PACKAGE_DIR, "dataset.json"), "utf8")).title.en;
const PACKAGE_URL = "http://127.0.0.1:4173/test-packages/laredo/";

// Positions as the package's places.geojson gives them.
const PLACES = {
  sanAntonio: [-98.493889, 29.425],
  portLaredo: [-99.537119, 27.597291],
  nuevoLaredo: [-99.508056, 27.486389],
  monterrey: [-100.3, 25.667],
  washington: [-77.036667, 38.895111],
  mexicoCity: [-99.133, 19.433],
} satisfies Record<string, [number, number]>;

const LAND = hex(THEME_COLORS.light.focusLand);
/** Two-way trade on the light theme, over the highlighted land of the United States and Mexico. */
const TWO_WAY = blend(DIRECTION_COLORS.light.both, LAND);

/** The preview server only serves dist/: the package folder is served from disk, as a newsroom's server would. */
async function servePackage(page: Page): Promise<void> {
  await page.route("**/test-packages/laredo/**", async (route) => {
    // The page's own address matches too (its ?data= names the folder): only the folder's files are served here.
    const { pathname } = new URL(route.request().url());
    if (!pathname.startsWith("/test-packages/laredo/")) return route.fallback();
    const path = pathname.replace(/^\/test-packages\/laredo\//, "");
    const file = join(PACKAGE_DIR, path);
    if (!PACKAGE_FILES.includes(path) || !existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
    const type = path.endsWith(".json") ? "application/json" : path.endsWith(".csv") ? "text/csv" : "application/geo+json";
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
  });
}

/** Share of the map covered by land and by water: the basemap is really drawn under the package. */
async function basemapShares(page: Page, view: Awaited<ReturnType<typeof mapView>>): Promise<{ land: number; water: number }> {
  const png = decodePng(await page.screenshot());
  const area = { x: Math.round(view.left), y: Math.round(view.top), width: Math.round(view.width), height: Math.round(view.height) };
  const pixels = area.width * area.height;
  const land = countNear(png, hex(THEME_COLORS.light.land), 6, area) + countNear(png, LAND, 6, area);
  return { land: land / pixels, water: countNear(png, hex(THEME_COLORS.light.water), 6, area) / pixels };
}

test("a package folder opens by link: its title, a clean check, its arcs and corridor over its own basemap", async ({ page }) => {
  const w = watch(page);
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(new URL(response.url()).pathname);
  });
  await servePackage(page);
  await page.goto(`/?data=${PACKAGE_URL}&month=2023-02`);
  await waitForMapIdle(page);
  const view = await mapView(page);

  await expect(page.locator(".panel-header h1")).toHaveText(TITLE);
  await expect(page).toHaveTitle(new RegExp(TITLE.split(":")[0] ?? TITLE));
  await expect(page.locator(".package-report")).toContainText("No problems found.");
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "February 2023");

  // The opening view is the package's own: the border at Laredo, Washington and Mexico City are all on screen.
  for (const place of [PLACES.portLaredo, PLACES.washington, PLACES.mexicoCity]) {
    const p = project(place, view);
    expect(p.x).toBeGreaterThan(view.left);
    expect(p.x).toBeLessThan(view.left + view.width);
    expect(p.y).toBeGreaterThan(view.top);
    expect(p.y).toBeLessThan(view.top + view.height);
  }

  // February 2023: US–Mexico trade (60.6 bn USD) is an arc from the US anchor (Washington) to Mexico's
  // (Mexico City); near its start, over Virginia, it is drawn in the two-way colour.
  expect(await nearestOfPoints(page, arcPoints(PLACES.washington, PLACES.mexicoCity, 0.15, view), TWO_WAY)).toBeLessThan(30);
  // Port Laredo's trade (24.6 bn USD) is drawn along its route: past the border, between Nuevo Laredo and
  // Monterrey, and before it, on I-35 north of Laredo.
  const south = project(along(PLACES.nuevoLaredo, PLACES.monterrey, 0.5), view);
  const north = project(along(PLACES.sanAntonio, PLACES.portLaredo, 0.85), view);
  expect(await nearestOfPoints(page, [south], TWO_WAY, 4)).toBeLessThan(30);
  expect(await nearestOfPoints(page, [north], TWO_WAY, 4)).toBeLessThan(30);

  // …over the basemap: land on both sides of the border, and the Gulf of Mexico.
  const shares = await basemapShares(page, view);
  expect(shares.land).toBeGreaterThan(0.3);
  expect(shares.water).toBeGreaterThan(0.1);

  mkdirSync("artifacts", { recursive: true });
  await page.screenshot({ path: "artifacts/second-package-url.png" });
  // The package has no zones: the one file asked for and not found is the optional zones.geojson, whose
  // 404 the browser logs as a console error. Nothing else failed.
  expect(missing).toEqual(["/test-packages/laredo/geo/zones.geojson"]);
  expect(w.errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
});

test("the same package dropped as files replaces the bundled one, opens on its latest month and draws the corridor", async ({ page }) => {
  const w = watch(page);
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.locator(".panel-header h1")).not.toHaveText(TITLE);

  await page.getByText("Open a data package").click();
  const before = await idleCount(page);
  await page.locator("#package-files").setInputFiles(
    // Geo files as a reader would pick them: by name, without their folder.
    PACKAGE_FILES.map((path) => ({ name: path.split("/").pop() ?? path, mimeType: "text/plain", buffer: readFileSync(join(PACKAGE_DIR, path)) })),
  );

  await expect(page.locator(".panel-header h1")).toHaveText(TITLE);
  await expect(page.locator(".package-report")).toContainText("No problems found.");
  // The package names no opening month: the latest month with data for its default metric. December
  // 2025 has no figure of its own; it is an even share of the port's 2025 total.
  await expect(page.getByRole("slider", { name: /Month/ })).toHaveAttribute("aria-valuetext", "December 2025");

  // The map re-fits to the package: wait for a frame drawn after the fit, centred on North America.
  await waitForMapIdle(page, before);
  await expect.poll(async () => (await mapView(page)).center[0], { timeout: 30_000 }).toBeLessThan(-80);
  const view = await mapView(page);

  // The port's flow runs along I-35 and Federal Highway 85D through Laredo, in the two-way colour.
  const south = project(along(PLACES.nuevoLaredo, PLACES.monterrey, 0.5), view);
  const north = project(along(PLACES.sanAntonio, PLACES.portLaredo, 0.85), view);
  await expect.poll(() => nearestOfPoints(page, [south], TWO_WAY, 4), { timeout: 20_000 }).toBeLessThan(30);
  expect(await nearestOfPoints(page, [north], TWO_WAY, 4)).toBeLessThan(30);
  // No US–Mexico figure is published for December 2025, so no national arc is drawn.
  expect(await nearestOfPoints(page, arcPoints(PLACES.washington, PLACES.mexicoCity, 0.15, view), TWO_WAY)).toBeGreaterThan(60);

  const shares = await basemapShares(page, view);
  expect(shares.land).toBeGreaterThan(0.3);
  expect(shares.water).toBeGreaterThan(0.1);

  mkdirSync("artifacts", { recursive: true });
  await page.locator(".panel-header h1").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "artifacts/second-package-drop.png" });
  expect(w.errors).toEqual([]);
});

import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mapView, waitForMapIdle } from "./helpers";
import { project } from "./project";
import { watch } from "./watch";

/**
 * A data package is written by someone else: whatever its names, titles, notes and links say, the
 * explorer shows them as text, never runs them, and links only to http(s) pages. Every payload here
 * would set window.__xss (or open a dialog) if it reached the page as markup or as a link.
 */
const IMG = `<img src=x onerror="window.__xss=1">`;
const SVG = `"><svg onload="window.__xss=1">`;
const SCRIPT = `<script>window.__xss=1</script>`;
const LINK = `<a href="javascript:window.__xss=1">click</a>`;
const TEMPLATE = "{{count}} $t(app.title) ${window.__xss=1}";
const FORMULA = `=HYPERLINK("https://evil.example/","open")`;

const EXAMPLE = "examples/minimal";
const PACKAGE_URL = "http://127.0.0.1:4173/xss-package/";
const TITLE = `Trade corridors ${IMG}`;
const HORGOS = `Horgos ${SVG}`;
const XINJIANG = `Xinjiang ${IMG}`;
const KAZAKHSTAN = `Kazakhstan ${SCRIPT} ${TEMPLATE}`;

type Feature = { properties: Record<string, unknown> };
type Collection = { features: Feature[] };

const read = (path: string) => readFileSync(join(EXAMPLE, path), "utf8");

/** Sets properties on the feature with the given id. */
function edit(collection: Collection, id: string, properties: Record<string, unknown>): void {
  const feature = collection.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no feature ${id} in ${EXAMPLE}`);
  Object.assign(feature.properties, properties);
}

/** The minimal example with a payload in every text a reader sees, and two links that are not http(s). */
function xssPackage(): Record<string, string> {
  const dataset = JSON.parse(read("dataset.json")) as Record<string, unknown> & { metrics: { label: Record<string, string> }[] };
  dataset.title = { en: TITLE, zh: `贸易通道 ${SCRIPT}` };
  dataset.description = { en: `Description ${SVG} ${SCRIPT}` };
  // The credit line has a test of its own (below).
  dataset.credit = "Positions: GeoNames & the articles cited";
  for (const metric of dataset.metrics) metric.label = { en: `Trade value ${SCRIPT}` };

  const places = JSON.parse(read("geo/places.geojson")) as Collection;
  edit(places, "xinjiang", { name_en: XINJIANG, name_zh: `新疆 ${SVG}`, coord_note: `Drawn at Urumqi ${SCRIPT}` });
  edit(places, "kazakhstan", { name_en: KAZAKHSTAN, coord_note: LINK });
  edit(places, "horgos", { name_en: HORGOS, alt_names: [IMG], note: LINK, status: SCRIPT });
  edit(places, "central-asia-5", { name_en: `Central Asia ${TEMPLATE}` });
  const zones = JSON.parse(read("geo/zones.geojson")) as Collection;
  edit(zones, "ftz-horgos", { name_en: `Horgos zone ${IMG}`, outline_note: SVG, note: LINK });
  const routes = JSON.parse(read("geo/routes.geojson")) as Collection;
  edit(routes, "rail-urumqi-horgos", { name_en: `Railway ${SVG}`, note: SCRIPT });

  const sources = parse(read("sources.csv"), { columns: true }) as Record<string, string>[];
  const source = (id: string, fields: Record<string, string>) => Object.assign(sources.find((s) => s.id === id) ?? {}, fields);
  source("T10", { outlet: `Outlet ${IMG}`, title: SCRIPT, url: "javascript:window.__xss=1" });
  source("S003", { outlet: `Xinhua ${SVG}`, title: `Trade ${SCRIPT}`, note: IMG });
  source("C1", { note: LINK });
  source("P1", { title: `Crossing ${IMG}`, url: "data:text/html,<script>window.__xss=1</script>" });
  source("F5", { outlet: FORMULA, title: TEMPLATE });

  const figures = parse(read("figures.csv"), { columns: true }) as Record<string, string>[];
  for (const f of figures) f.note = `${f.note} ${IMG} ${LINK}`;
  figures.push({ ...figures[0], id: "horgos-trade-2023-ytd-04", period_end: "2023-04", origin: "horgos", destination: "kazakhstan", direction: "export", value: "5.2", source: "S003", subject: `Customs ${SCRIPT}`, note: SVG });

  return {
    "dataset.json": JSON.stringify(dataset, null, 2),
    "sources.csv": stringify(sources, { header: true }),
    "figures.csv": stringify(figures, { header: true }),
    "geo/places.geojson": JSON.stringify(places, null, 2),
    "geo/zones.geojson": JSON.stringify(zones, null, 2),
    "geo/routes.geojson": JSON.stringify(routes, null, 2),
  };
}

const FILES = xssPackage();
const SOURCE_LINES = FILES["sources.csv"]?.split("\n") ?? [];
const lineOf = (id: string) => SOURCE_LINES.findIndex((l) => l.startsWith(`${id},`)) + 1;

/** The preview server only serves dist/: the package is served from memory, as any web server would. */
async function servePackage(page: Page, files: Record<string, string> = FILES): Promise<void> {
  await page.route("**/xss-package/**", async (route) => {
    // The page's own address matches too (its ?data= names the folder): only the folder's files are served here.
    const { pathname } = new URL(route.request().url());
    if (!pathname.startsWith("/xss-package/")) return route.fallback();
    const body = files[pathname.replace(/^\/xss-package\//, "")];
    if (body === undefined) return route.fulfill({ status: 404, body: "not found" });
    return route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body });
  });
}

interface Alarms {
  dialogs: string[];
}

/** Any dialog a payload opens is recorded (and dismissed, so the test goes on to say so). */
function listen(page: Page): Alarms {
  const alarms: Alarms = { dialogs: [] };
  page.on("dialog", (dialog) => {
    alarms.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return alarms;
}

/** window.__xss in the page and in every frame it opened (the share dialog's preview is one). */
async function xssFlags(page: Page): Promise<unknown[]> {
  return Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as Window & { __xss?: unknown }).__xss).catch(() => "frame gone")));
}

/** Every link on the page and in its frames: it must lead to an http(s) page, this page, or a download. */
async function unsafeLinks(page: Page): Promise<string[]> {
  const all = await Promise.all(
    page.frames().map((frame) =>
      frame
        .$$eval("a[href], area[href], iframe[src], form[action]", (elements) =>
          elements.map((el) => (el as HTMLAnchorElement).href || (el as HTMLIFrameElement).src || (el as HTMLFormElement).action || ""),
        )
        .catch(() => [] as string[]),
    ),
  );
  return all.flat().filter((href) => !/^(https?:|blob:)/.test(href) && !href.startsWith("about:srcdoc"));
}

/** Elements a payload would have created, had it been parsed as markup. */
async function plantedElements(page: Page): Promise<string[]> {
  const found = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() =>
          [...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src]):not([type="application/json"])')].map((el) => {
            const chain: string[] = [];
            for (let n: Element | null = el; n; n = n.parentElement) chain.push(`${n.tagName.toLowerCase()}${n.className && typeof n.className === "string" ? `.${n.className.split(" ").join(".")}` : ""}`);
            return `${document.URL}: ${el.outerHTML.slice(0, 200)} in ${chain.join(" < ")} | parent: ${el.parentElement?.outerHTML.slice(0, 400)}`;
          }),
        )
        .catch(() => [] as string[]),
    ),
  );
  return found.flat();
}

test("a package full of markup and script is shown as text, and its javascript: and data: links are refused", async ({ page }) => {
  const w = watch(page);
  const alarms = listen(page);
  await servePackage(page);
  await page.goto(`/?data=${PACKAGE_URL}&month=2023-04`);
  await waitForMapIdle(page);

  // The check names the two rows whose links are not http(s), by line; the rest of the package loads.
  const report = page.locator(".package-report");
  await expect(report).toContainText("Errors: 2, warnings: 0.");
  await expect(report).toContainText(`sources.csv:${lineOf("T10")}: url must be an http(s) address without spaces`);
  await expect(report).toContainText(`sources.csv:${lineOf("P1")}: url must be an http(s) address without spaces`);
  await expect(page.locator(".panel-header h1")).toHaveText(TITLE);
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(TITLE)));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", `Description ${SVG} ${SCRIPT}`);

  // Hover Xinjiang on the map: the hover card, too, writes the name as text.
  const view = await mapView(page);
  const at = project([87.6, 43.825], view);
  await page.mouse.move(at.x, at.y);
  await expect(page.locator(".hover-card")).toContainText(XINJIANG);

  // Pin places by name: the search lists and the panel shows each name exactly as written.
  const search = page.getByRole("combobox", { name: "Find a place" });
  for (const [typed, name] of [["Horgos", HORGOS], ["Xinjiang", XINJIANG], ["Kazakh", KAZAKHSTAN]] as const) {
    await search.fill(typed);
    await expect(page.locator(".search-results [role=option]").first()).toHaveText(new RegExp(escapeRegExp(name)));
    await search.press("Enter");
    await expect(page.locator(".pinned")).toContainText(name);
  }
  await search.fill("Horgos");
  await search.press("Enter");
  await expect(page.locator(".pinned")).toContainText(LINK);

  // The payloads are on the page as text, literally…
  await expect(page.getByText("<img src=x onerror=", { exact: false }).first()).toBeVisible();
  await expect(page.getByText(`Customs ${SCRIPT}`, { exact: false }).first()).toBeAttached();

  // …the share dialog escapes the title in the code it gives a newsroom to paste, and its preview loads safely.
  await page.getByRole("button", { name: "Share or embed" }).click();
  const iframeCode = await page.getByLabel("Embed code (iframe, for CMSs that remove scripts)").inputValue();
  expect(iframeCode).toContain('title="Trade corridors &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"');
  expect(iframeCode).not.toContain(IMG);
  const scriptCode = await page.getByLabel("Embed code that sizes itself (embed.js)").inputValue();
  expect(scriptCode).toContain('data-title="Trade corridors &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"');
  const preview = page.frameLocator(".share-preview iframe");
  await expect(preview.locator(".embed-header h1")).toHaveText(TITLE, { timeout: 60_000 });
  expect(await xssFlags(page)).toEqual(page.frames().map(() => undefined));
  await page.keyboard.press("Escape");

  // …and the CSV export carries them as plain data.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Get the data (CSV)" }).click()]);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  expect(rows.find((r) => r.origin === "horgos")?.subject).toBe(`Customs ${SCRIPT}`);

  // Nothing ran, nothing was planted, no link leads anywhere but an http(s) page.
  expect(await xssFlags(page)).toEqual(page.frames().map(() => undefined));
  expect(alarms.dialogs).toEqual([]);
  expect(await plantedElements(page)).toEqual([]);
  expect(await unsafeLinks(page)).toEqual([]);
  const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.some((h) => h.startsWith("https://eng.yidaiyilu.gov.cn/"))).toBe(true);
  expect(hrefs.filter((h) => /javascript:|data:/i.test(h))).toEqual([]);
  expect(w.errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test("the package's credit line is written as text in the map's attribution", async ({ page }) => {
  // MapLibre parses attributions as HTML (through its allow-list sanitizer): an editor's "<img src=…>"
  // would be an image request to any site, an "<a href=…>" a link. The credit must arrive as text.
  const w = watch(page);
  const credit = `Positions: <img src="https://tracker.example/pixel.gif"> <a href="https://phish.example/">GeoNames</a> ${IMG}`;
  await servePackage(page, { ...FILES, "dataset.json": JSON.stringify({ ...JSON.parse(FILES["dataset.json"] ?? "{}"), credit }) });
  await page.goto(`/?data=${PACKAGE_URL}`);
  await waitForMapIdle(page);
  const attribution = page.locator(".maplibregl-ctrl-attrib-inner");
  await expect(attribution).toContainText("Natural Earth");
  // No image fetched from another site for every reader, no link the package planted…
  expect(w.foreign).toEqual([]);
  expect(await attribution.locator("img, a").count()).toBe(0);
  // …and the editor's words as they wrote them.
  await expect(attribution).toContainText(credit, { timeout: 2000 });
});

test("the CSV export hands a spreadsheet no formula from the package's text", async ({ page }) => {
  // A subject or a source's outlet that starts with "=" (or +, -, @) would arrive in Excel or
  // LibreOffice as a live formula: =HYPERLINK(…) would become a link in the reader's spreadsheet.
  const sources = (parse(FILES["sources.csv"] ?? "", { columns: true }) as Record<string, string>[]).map((s) => (s.id === "S003" ? { ...s, outlet: FORMULA } : s));
  const figures = (parse(FILES["figures.csv"] ?? "", { columns: true }) as Record<string, string>[]).map((f) => (f.origin === "horgos" ? { ...f, subject: FORMULA } : f));
  await servePackage(page, { ...FILES, "sources.csv": stringify(sources, { header: true }), "figures.csv": stringify(figures, { header: true }) });
  await page.goto(`/?data=${PACKAGE_URL}&month=2023-04`);
  await waitForMapIdle(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Get the data (CSV)" }).click()]);
  const rows = parse(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  expect(rows.some((r) => r.origin === "horgos")).toBe(true);
  const formulas = rows.flatMap((r) => [r.subject ?? "", r.sources ?? ""]).filter((cell) => /^[=+\-@]/.test(cell));
  expect(formulas).toEqual([]);
});

for (const [name, query, shown] of [
  ["a javascript: data link", "?data=javascript:window.__xss=1//x.json", "data=javascript:window.__xss=1//x.json"],
  ["a data: data link", "?data=data:application/json,{}", "data=data:application/json,{}"],
  ["a javascript: style link", "?style=javascript:window.__xss=1", "style=javascript:window.__xss=1"],
] as const) {
  test(`${name} is ignored with the link notice, and the bundled package opens`, async ({ page }) => {
    const alarms = listen(page);
    await page.goto(`/${query}`);
    await waitForMapIdle(page);
    await expect(page.locator(".link-notice")).toContainText(shown);
    await expect(page.locator(".panel-header h1")).toContainText("Xinjiang");
    expect(await xssFlags(page)).toEqual(page.frames().map(() => undefined));
    expect(alarms.dialogs).toEqual([]);
    expect(await unsafeLinks(page)).toEqual([]);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

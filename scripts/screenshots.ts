// Screenshots of the built explorer for a reader's-eye review: June of every year on every metric,
// at desktop and phone size (and any extra query string given), into artifacts/screenshots/.
// Usage: npm run build && npm run screenshots -- [--only desktop|phone] [--query "theme=dark&lang=zh"]
// It starts its own `vite preview` and stops it on exit, success or not.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromiumLaunchOptions } from "../e2e/browser";

const PORT = 4188;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function main(): Promise<void> {
  const compiled = JSON.parse(readFileSync("dist/data/corridors.json", "utf8")) as { dataset: { metrics: { id: string }[] }; timeline: [number, number] | null };
  const [first, last] = compiled.timeline ?? [0, -1];
  const years: number[] = [];
  for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y += 1) years.push(y);
  const only = arg("only");
  const extra = arg("query") ?? "";
  const out = join("artifacts", "screenshots");
  mkdirSync(out, { recursive: true });
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { stdio: "ignore", detached: true });
  const stop = () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    for (const [size, viewport] of Object.entries(SIZES)) {
      if (only && only !== size) continue;
      const page = await browser.newPage({ viewport });
      for (const { id } of compiled.dataset.metrics) {
        for (const year of years) {
          const query = `month=${year}-06&metric=${id}${extra ? `&${extra}` : ""}`;
          await page.goto(`http://127.0.0.1:${PORT}/?${query}`);
          await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.idle ?? "0") > 0, null, { timeout: 60_000 });
          await page.waitForTimeout(500);
          const file = join(out, `${size}-${id}-${year}-06.png`);
          await page.screenshot({ path: file });
          console.log(file);
        }
      }
      await page.close();
    }
    await browser.close();
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

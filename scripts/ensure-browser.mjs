// Makes sure a Chromium exists for the browser tests before Playwright starts.
// Order: an explicit CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download (a normal
// laptop after `npx playwright install chromium`). On a fresh Debian machine, as root, it installs
// Debian's chromium, because Playwright cannot download its browsers here.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

let bundled = "";
try {
  bundled = chromium.executablePath();
} catch {
  bundled = "";
}
if (bundled && existsSync(bundled)) process.exit(0);

const canApt = existsSync("/usr/bin/apt-get") && typeof process.getuid === "function" && process.getuid() === 0;
if (canApt) {
  console.log("ensure-browser: no Chromium found; installing Debian's chromium (and CJK fonts for Chinese labels)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq", { stdio: "inherit", env });
  execSync("apt-get install -y -qq chromium fonts-noto-cjk", { stdio: "inherit", env });
  if (existsSync("/usr/bin/chromium")) process.exit(0);
}
console.error(
  "ensure-browser: no Chromium for the browser tests. Install one of:\n" +
    "  Debian/Ubuntu: sudo apt-get install chromium\n" +
    "  anywhere else: npx playwright install chromium\n" +
    "or point CHROMIUM_PATH at a Chromium binary.",
);
process.exit(1);

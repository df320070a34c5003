import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "vite";
import { acceptedEncodings, precompress, precompressDir, precompressedMiddleware } from "../vite/precompress";
import { compressedSizes } from "./bundle-sizes";

// The build's precompression (scripts/vite/precompress.ts) is what the bench's sizes and served bytes rely on.

describe("acceptedEncodings", () => {
  it("prefers brotli, then gzip, as the request allows", () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("gzip")).toEqual(["gzip"]);
    expect(acceptedEncodings("br;q=0, gzip;q=0.5")).toEqual(["gzip"]);
    expect(acceptedEncodings("*")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("*, gzip;q=0")).toEqual(["br"]);
    expect(acceptedEncodings("identity")).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

const script = "export const value = 'trade corridors';\n".repeat(400);
let dir = "";
let server: Server;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "precompress-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>x</title>${"<p>map</p>".repeat(50)}`);
  writeFileSync(join(dir, "assets", "app.js"), script);
  writeFileSync(join(dir, "assets", "tiny.js"), "1");
  writeFileSync(join(dir, "font.woff2"), "not text");
  await precompressDir(dir);
  const handle = precompressedMiddleware(dir);
  server = createServer((req, res) =>
    handle(req, res, () => {
      res.statusCode = 418;
      res.end("fell through");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("precompressDir", () => {
  it("writes .br and .gz next to text files, of the sizes the bench reports, and skips what would not shrink", () => {
    const sizes = compressedSizes(new TextEncoder().encode(script));
    expect(statSync(join(dir, "assets", "app.js.br")).size).toBe(sizes.brotli);
    expect(statSync(join(dir, "assets", "app.js.gz")).size).toBe(sizes.gzip);
    expect(existsSync(join(dir, "assets", "tiny.js.br"))).toBe(false);
    expect(existsSync(join(dir, "font.woff2.br"))).toBe(false);
  });
});

describe("precompressedMiddleware", () => {
  it("serves brotli when accepted, with the original type", async () => {
    const res = await get("/assets/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("text/javascript");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("serves gzip when brotli is not accepted, and the page for /", async () => {
    const res = await get("/assets/app.js", { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe(script);
    const page = await get("/", { "accept-encoding": "br" });
    expect(page.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(brotliDecompressSync(page.body).toString()).toContain("<title>x</title>");
  });

  it("answers a repeated request with 304 and a HEAD without a body", async () => {
    const first = await get("/assets/app.js", { "accept-encoding": "br" });
    const again = await get("/assets/app.js", { "accept-encoding": "br", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    const head = await get("/assets/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.headers["content-length"]).toBe(String(first.body.length));
    expect(head.body.length).toBe(0);
  });

  it("leaves everything else to vite preview", async () => {
    expect((await get("/assets/app.js", {})).status).toBe(418);
    expect((await get("/assets/app.js", { "accept-encoding": "br", range: "bytes=0-9" })).status).toBe(418);
    expect((await get("/assets/tiny.js", { "accept-encoding": "br" })).status).toBe(418);
    expect((await get("/assets/../../etc/passwd", { "accept-encoding": "br" })).status).toBe(418);
    expect((await get("/%E0%A4%A", { "accept-encoding": "br" })).status).toBe(418);
  });
});

describe("precompress()", () => {
  it('with scope "bundle", compresses what its build wrote and leaves the folder\'s other files alone', async () => {
    const out = mkdtempSync(join(tmpdir(), "precompress-bundle-"));
    try {
      const other = join(out, "app.js");
      writeFileSync(other, script);
      const entry = join(out, "entry.ts");
      writeFileSync(entry, `export const text = ${JSON.stringify(script)};\n`);
      await build({
        configFile: false,
        logLevel: "silent",
        publicDir: false,
        plugins: [precompress({ scope: "bundle" })],
        build: { outDir: join(out, "dist"), emptyOutDir: false, minify: false, lib: { entry, formats: ["es"], fileName: () => "embed.js" } },
      });
      expect(existsSync(join(out, "dist", "embed.js.br"))).toBe(true);
      expect(existsSync(join(out, "dist", "embed.js.gz"))).toBe(true);
      expect(existsSync(`${other}.br`)).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

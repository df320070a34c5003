// A news site for the embed tests: serves e2e/host/ on another origin (localhost:4175) than the
// explorer (127.0.0.1:4173), so the tests cross origins as a real newsroom page does.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "host");
const port = Number(process.env.HOST_PORT ?? 4175);

createServer(async (request, response) => {
  const path = normalize(new URL(request.url ?? "/", "http://localhost").pathname).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end("not found");
  }
}).listen(port, "localhost");

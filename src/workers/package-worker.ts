/// <reference lib="webworker" />
import { checkPackage } from "../data/check-package";
import { filesFromZip, packageFromFiles } from "../data/package-input";
import type { WorkerMessage, WorkerRequest } from "./package-protocol";

/**
 * Checks a data package off the main thread, with the same checker as `npm run data:check`, and
 * reports progress as it goes: a big package never freezes the page.
 */
const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    const request = event.data;
    let files = request.kind === "files" ? request.files : [];
    if (request.kind === "zip") {
      post({ kind: "progress", stage: "unzipping", done: 0 });
      files = filesFromZip(request.bytes);
    }
    const input = packageFromFiles(files);
    if (input.problems.some((p) => p.severity === "error")) {
      post({ kind: "result", problems: input.problems, ignored: input.ignored, compiled: null, ok: false });
      return;
    }
    const result = checkPackage(input.texts, (stage, done) => post({ kind: "progress", stage, done }));
    post({ kind: "result", problems: [...input.problems, ...result.problems], ignored: input.ignored, compiled: result.compiled ?? null, ok: result.ok });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};

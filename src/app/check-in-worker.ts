import type { CompiledPackage } from "../data/model";
import type { Problem } from "../data/problems";
import type { WorkerMessage, WorkerRequest } from "../workers/package-protocol";

export interface CheckedPackage {
  compiled: CompiledPackage | null;
  problems: Problem[];
  ignored: string[];
  ok: boolean;
}

/** Runs the package checker in a Web Worker; `onProgress` gets the stage and how far along (0–1). */
export function checkInWorker(request: WorkerRequest, onProgress: (stage: string, done: number) => void): Promise<CheckedPackage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../workers/package-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === "progress") onProgress(message.stage, message.done);
      else {
        worker.terminate();
        if (message.kind === "failed") reject(new Error(message.message));
        else resolve({ compiled: message.compiled, problems: message.problems, ignored: message.ignored, ok: message.ok });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the package checker stopped"));
    };
    const transfer = request.kind === "zip" ? [request.bytes.buffer] : request.files.map((f) => f.bytes.buffer);
    worker.postMessage(request, transfer);
  });
}

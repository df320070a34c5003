import type { Checkpoint, PublishedResult } from "./result-types";

declare global {
  interface Window {
    /** Exposed by the runner (page.exposeFunction): samples the heap through CDP, then resolves. */
    benchCheckpoint?: (phase: Checkpoint) => Promise<void>;
    benchResult?: PublishedResult;
  }
}

/** Lets the runner sample memory now; outside every timed section. A no-op when opened by hand. */
export async function checkpoint(phase: Checkpoint): Promise<void> {
  await window.benchCheckpoint?.(phase);
}

export function typedArrayBytes(arrays: readonly ArrayBufferView[]): number {
  return arrays.reduce((sum, a) => sum + a.byteLength, 0);
}

export function publish(run: () => Promise<PublishedResult>): void {
  run()
    .then((result) => {
      window.benchResult = result;
    })
    .catch((error: unknown) => {
      window.benchResult = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error) };
    });
}

export const query = new URLSearchParams(window.location.search);

export function numberParam(name: string, fallback: number): number {
  const value = Number(query.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const log = (message: string): void => {
  if (query.has("verbose")) console.log(message);
};

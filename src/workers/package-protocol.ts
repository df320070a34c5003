import type { CheckStage } from "../data/check-package";
import type { CompiledPackage } from "../data/model";
import type { InputFile } from "../data/package-input";
import type { Problem } from "../data/problems";

/** What the page asks the package worker, and what it answers: plain data, structured-cloned. */
export type WorkerRequest = { kind: "files"; files: InputFile[] } | { kind: "zip"; bytes: Uint8Array };

export type WorkerMessage =
  | { kind: "progress"; stage: CheckStage | "unzipping"; done: number }
  | { kind: "result"; problems: Problem[]; ignored: string[]; compiled: CompiledPackage | null; ok: boolean }
  | { kind: "failed"; message: string };

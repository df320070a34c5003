import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";

/**
 * Everything the bench starts is stopped on success, on failure and on Ctrl-C:
 * - commands (the app build) run in their own process group, killed as a group, so nothing
 *   they spawn (npm → sh → tsc / vite) outlives the bench;
 * - the preview servers run inside this process (vite's preview API) and are closed here;
 * - Chromium is launched by Playwright in its own process group; it is closed here, and
 *   Playwright's own exit hook SIGKILLs the group if this process exits first.
 * Playwright's SIGINT/SIGTERM/SIGHUP handlers are turned off at launch: these handlers own the order.
 */

type Cleanup = { name: string; run: () => Promise<void> | void };
const cleanups = new Set<Cleanup>();
const children = new Set<ChildProcess>();
let stopping: Promise<void> | undefined;
let interrupted: NodeJS.Signals | undefined;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || !running(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Registers something to stop; returns a function that unregisters it (once it was stopped normally). */
export function onCleanup(name: string, run: () => Promise<void> | void): () => void {
  const entry = { name, run };
  cleanups.add(entry);
  return () => cleanups.delete(entry);
}

/** Throws once the bench is stopping, so nothing new is started after Ctrl-C. */
export function assertRunning(): void {
  if (stopping) throw new Error("the bench is stopping");
}

/** Runs a command to completion in its own process group; rejects with the end of its output on failure. */
export function runCommand(command: string, args: readonly string[], cwd: string): Promise<void> {
  if (stopping) return Promise.reject(new Error("the bench is stopping"));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let tail = "";
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-6000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", (error) => {
      children.delete(child);
      reject(error);
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`}):\n${tail}`));
    });
  });
}

/** Stops every command, browser and server still running. Safe to call more than once. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const child of children) killGroup(child, "SIGTERM");
    const pending = [...cleanups].reverse().map(async (c) => {
      try {
        await c.run();
      } catch (error) {
        console.error(`bench: stopping ${c.name}: ${String(error)}`);
      }
    });
    await Promise.race([Promise.all(pending), sleep(15_000)]);
    for (let i = 0; i < 30 && [...children].some(running); i += 1) await sleep(100);
    for (const child of children) killGroup(child, "SIGKILL");
  })();
  return stopping;
}

/** The signal the bench is stopping for, if any: what fails after it is the stopping, not a bug. */
export function interruptedBy(): NodeJS.Signals | undefined {
  return interrupted;
}

/** Ctrl-C (and SIGTERM, SIGHUP): stop everything, then exit with the usual 128 + signal number. */
export function installSignalHandlers(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) {
        console.error(`bench: ${signal} again, still stopping…`);
        return;
      }
      interrupted = signal;
      console.error(`\nbench: ${signal}: stopping everything it started…`);
      void stopAll().finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
}

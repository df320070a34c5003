import { describe, expect, it } from "vitest";
import { medianSplit, splitMainThread, type TraceEvent } from "./main-thread-split";

const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 20 };
const x = (name: string, startMs: number, durMs: number, thread = MAIN): TraceEvent => ({ name, ph: "X", ts: startMs * 1000, dur: durMs * 1000, ...thread });
const mark = (name: string, atMs: number): TraceEvent => ({ name, ph: "R", ts: atMs * 1000, cat: "blink.user_timing", ...MAIN });

const trace: TraceEvent[] = [
  { name: "thread_name", ts: 0, ...MAIN, args: { name: "CrRendererMain" } },
  { name: "thread_name", ts: 0, ...WORKER, args: { name: "DedicatedWorker thread" } },
  // 0–30: the page's scripts, with a 10 ms layout forced from inside them.
  x("RunTask", 0, 30),
  x("v8.evaluateModule", 1, 28),
  x("Layout", 10, 10),
  // 40–60: style and layout of the page.
  x("RunTask", 40, 20),
  x("UpdateLayoutTree", 41, 8),
  x("Layout", 50, 9),
  // 100–200: a map frame: 30 ms of drawing script (5 of them linking a program), then 70 ms of read-back.
  x("RunTask", 100, 100),
  x("FireAnimationFrame", 100, 30),
  x("CommandBufferHelper::Finish", 110, 5),
  x("GLES2::ReadPixels", 130, 70),
  x("CommandBufferHelper::Finish", 130, 70),
  // 210–220: tiles from the worker.
  x("RunTask", 210, 10),
  x("HandlePostMessage", 210, 10),
  // The worker's own time is not the main thread's.
  x("RunTask", 100, 300, WORKER),
  mark("bench:ready", 250),
  // After the page was ready: not counted.
  x("RunTask", 300, 50),
];

describe("splitMainThread", () => {
  it("puts GPU waits inside a frame under GPU waits, not under the frame's script", () => {
    const split = splitMainThread(trace, "bench:ready");
    expect(split).not.toBeNull();
    expect(split?.totalMs).toBeCloseTo(160);
    expect(split?.gpuWaitMs).toBeCloseTo(75);
    expect(split?.frameScriptMs).toBeCloseTo(25);
    expect(split?.workerResultsMs).toBeCloseTo(10);
  });

  it("counts style and layout once each, also a layout forced from a script", () => {
    const split = splitMainThread(trace, "bench:ready");
    // 8 + 9 in the style task, and the 10 ms layout inside the scripts: each counted once.
    expect(split?.styleLayoutMs).toBeCloseTo(27);
    expect(split?.otherMs).toBeCloseTo(160 - 75 - 25 - 10 - 27);
  });

  it("says how much came before the map's first frame was read back", () => {
    expect(splitMainThread(trace, "bench:ready")?.beforeFirstFrameMs).toBeCloseTo(30 + 20 + 30);
  });

  it("stops at the ready mark, and gives nothing without one", () => {
    const cut = splitMainThread([...trace.filter((e) => e.name !== "bench:ready"), mark("bench:ready", 150)], "bench:ready");
    expect(cut?.totalMs).toBeCloseTo(30 + 20 + 50);
    expect(splitMainThread(trace, "no such mark")).toBeNull();
  });
});

describe("medianSplit", () => {
  const split = (totalMs: number) => ({ totalMs, gpuWaitMs: totalMs / 2, frameScriptMs: 1, workerResultsMs: 2, styleLayoutMs: 3, otherMs: 4, beforeFirstFrameMs: 5 });
  it("takes each kind's median over the loads that were traced, skipping a load without a split", () => {
    expect(medianSplit([split(100), null, split(300), split(200)])?.totalMs).toBe(200);
    expect(medianSplit([split(100), split(300)])?.gpuWaitMs).toBe(100);
    expect(medianSplit([null])).toBeNull();
  });
});

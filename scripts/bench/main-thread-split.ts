/**
 * Where a page's main-thread time goes until it is ready, from a Chromium trace: the split behind
 * the bench's busy ratio. A/B loads of two builds are noisy here (±40 ms a pair); a trace names the
 * kinds of work, so a change can be aimed at the one that differs from the bare page.
 */

/** The fields of a Chrome trace event this reads */
export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string };
}

export interface MainThreadSplit {
  /** All top-level tasks until the ready mark */
  totalMs: number;
  /** Synchronous waits on the GPU process: reading the WebGL frame back for the compositor, linking programs */
  gpuWaitMs: number;
  /** Animation-frame callbacks (MapLibre's and deck.gl's drawing), less their GPU waits */
  frameScriptMs: number;
  /** Results from the map's worker (tiles, glyph requests), less their GPU waits */
  workerResultsMs: number;
  /** Style recalculation and layout outside those callbacks: the page around the map */
  styleLayoutMs: number;
  /** Everything else: the page's scripts (evaluation, React, the data), parsing, events */
  otherMs: number;
  /** Of the total, before the first frame read back from WebGL (the map's first drawing) */
  beforeFirstFrameMs: number;
}

const GPU_WAIT = "CommandBufferHelper::Finish";
const FIRST_FRAME = "GLES2::ReadPixels";
const FRAME = "FireAnimationFrame";
const WORKER = "HandlePostMessage";
const STYLE_LAYOUT = new Set(["UpdateLayoutTree", "Layout"]);

/** The renderer main thread that ran the page: the one with the most tasks. */
function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  let best: { pid: number; tid: number; tasks: number } | null = null;
  for (const m of mains) {
    const tasks = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === "RunTask").length;
    if (!best || tasks > best.tasks) best = { pid: m.pid, tid: m.tid, tasks };
  }
  return best;
}

/** The split of main-thread time from navigation to the first mark named `readyMark`. */
export function splitMainThread(events: readonly TraceEvent[], readyMark: string): MainThreadSplit | null {
  const thread = pageMainThread(events);
  if (!thread) return null;
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const ready = own.find((e) => e.name === readyMark && (e.cat ?? "").includes("user_timing"));
  if (!ready) return null;
  const complete = own.filter((e) => e.ph === "X" && e.dur !== undefined && e.ts < ready.ts).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const split: MainThreadSplit = { totalMs: 0, gpuWaitMs: 0, frameScriptMs: 0, workerResultsMs: 0, styleLayoutMs: 0, otherMs: 0, beforeFirstFrameMs: 0 };
  const firstFrame = complete.find((e) => e.name === FIRST_FRAME)?.ts ?? Number.POSITIVE_INFINITY;
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  // Events nest by time on one thread: walk them in order, keeping the chain of enclosing events.
  const chain: TraceEvent[] = [];
  for (const e of complete) {
    while (chain.length > 0 && end(chain[chain.length - 1] as TraceEvent) <= e.ts) chain.pop();
    const inTask = chain.some((c) => c.name === "RunTask");
    const inside = (name: string) => chain.some((c) => c.name === name);
    const msOf = (Math.min(end(e), ready.ts) - e.ts) / 1000;
    if (e.name === "RunTask" && !inTask) {
      split.totalMs += msOf;
      const beforeFrame = Math.min(end(e), ready.ts, firstFrame) - e.ts;
      if (beforeFrame > 0) split.beforeFirstFrameMs += beforeFrame / 1000;
    } else if (inTask && e.name === GPU_WAIT && !inside(GPU_WAIT)) {
      split.gpuWaitMs += msOf;
      if (inside(FRAME)) split.frameScriptMs -= msOf;
      else if (inside(WORKER)) split.workerResultsMs -= msOf;
    } else if (inTask && e.name === FRAME && !inside(FRAME)) {
      split.frameScriptMs += msOf;
    } else if (inTask && e.name === WORKER && !inside(WORKER) && !inside(FRAME)) {
      split.workerResultsMs += msOf;
    } else if (inTask && STYLE_LAYOUT.has(e.name) && ![FRAME, WORKER, ...STYLE_LAYOUT].some(inside)) {
      split.styleLayoutMs += msOf;
    }
    chain.push(e);
  }
  split.otherMs = split.totalMs - split.gpuWaitMs - split.frameScriptMs - split.workerResultsMs - split.styleLayoutMs;
  return split;
}

/** Each kind's median over several traced loads (one load's split varies as much as the loads do). */
export function medianSplit(splits: readonly (MainThreadSplit | null)[]): MainThreadSplit | null {
  const found = splits.filter((s): s is MainThreadSplit => s !== null);
  if (found.length === 0) return null;
  const median = (pick: (s: MainThreadSplit) => number) => {
    const sorted = found.map(pick).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  return {
    totalMs: median((s) => s.totalMs),
    gpuWaitMs: median((s) => s.gpuWaitMs),
    frameScriptMs: median((s) => s.frameScriptMs),
    workerResultsMs: median((s) => s.workerResultsMs),
    styleLayoutMs: median((s) => s.styleLayoutMs),
    otherMs: median((s) => s.otherMs),
    beforeFirstFrameMs: median((s) => s.beforeFirstFrameMs),
  };
}

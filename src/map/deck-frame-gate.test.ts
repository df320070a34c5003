import { describe, expect, it } from "vitest";
import { createFrameGate, FRAMES_PER_WAKE, type AnimationFrameProvider } from "./deck-frame-gate";

/** A display whose refreshes the test triggers one at a time. */
function fakeDisplay() {
  let next = 1;
  const pending = new Map<number, FrameRequestCallback>();
  const frames: AnimationFrameProvider = {
    requestAnimationFrame(callback) {
      const id = next++;
      pending.set(id, callback);
      return id;
    },
    cancelAnimationFrame(id) {
      pending.delete(id);
    },
  };
  const refresh = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const callback of due) callback(0);
  };
  return { frames, refresh, pending: () => pending.size };
}

/** A loop like luma.gl's: each frame asks for the next one. */
function runLoop(provider: AnimationFrameProvider) {
  let ran = 0;
  const tick = () => {
    ran++;
    provider.requestAnimationFrame(tick);
  };
  provider.requestAnimationFrame(tick);
  return { ran: () => ran };
}

describe("the frame gate for deck.gl's animation loop", () => {
  it("passes every frame through while something keeps waking it (the map drawing)", () => {
    const display = fakeDisplay();
    const gate = createFrameGate(display.frames);
    const loop = runLoop(gate.provider);
    for (let i = 0; i < 10; i++) {
      gate.wake();
      display.refresh();
    }
    expect(loop.ran()).toBe(10);
  });

  it("goes back to rest by itself a few frames after the last wake, when nothing draws", () => {
    const display = fakeDisplay();
    const gate = createFrameGate(display.frames);
    const loop = runLoop(gate.provider);
    gate.wake();
    for (let i = 0; i < 10; i++) display.refresh();
    expect(loop.ran()).toBe(FRAMES_PER_WAKE);
    expect(display.pending()).toBe(0);
    gate.wake();
    for (let i = 0; i < 10; i++) display.refresh();
    expect(loop.ran()).toBe(2 * FRAMES_PER_WAKE);
  });

  it("runs the frame already scheduled after sleep, then asks the display for no more", () => {
    const display = fakeDisplay();
    const gate = createFrameGate(display.frames);
    const loop = runLoop(gate.provider);
    display.refresh();
    gate.sleep();
    for (let i = 0; i < 10; i++) display.refresh();
    expect(loop.ran()).toBe(2);
    expect(display.pending()).toBe(0);
  });

  it("hands the held request a frame on wake, and the loop runs on from there", () => {
    const display = fakeDisplay();
    const gate = createFrameGate(display.frames);
    const loop = runLoop(gate.provider);
    gate.sleep();
    display.refresh();
    display.refresh();
    expect(loop.ran()).toBe(1);
    gate.wake();
    display.refresh();
    display.refresh();
    expect(loop.ran()).toBe(3);
  });

  it("cancels a request whether it was scheduled or held", () => {
    const display = fakeDisplay();
    const gate = createFrameGate(display.frames);
    let calls = 0;
    const scheduled = gate.provider.requestAnimationFrame(() => calls++);
    gate.provider.cancelAnimationFrame(scheduled);
    gate.sleep();
    const held = gate.provider.requestAnimationFrame(() => calls++);
    gate.provider.cancelAnimationFrame(held);
    gate.wake();
    display.refresh();
    expect(calls).toBe(0);
    expect(display.pending()).toBe(0);
  });
});

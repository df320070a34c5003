/** What luma.gl's AnimationLoop asks for frames with (its `animationFrameProvider`). */
export interface AnimationFrameProvider {
  requestAnimationFrame: (callback: FrameRequestCallback) => number;
  cancelAnimationFrame: (id: number) => void;
}

export interface FrameGate {
  /** Handed to deck.gl's animation loop in place of the window's requestAnimationFrame */
  provider: AnimationFrameProvider;
  /** Frames are handed out again, starting with any request that waited, for `framesPerWake` frames. */
  wake: () => void;
  /** Requests made from now on wait for `wake`; a frame already scheduled still runs. */
  sleep: () => void;
}

/**
 * Frames the loop gets per wake. One applies changed layers and asks MapLibre to redraw, whose frame
 * wakes the gate again; the rest are slack. A wake that changes nothing (a re-render with the same
 * layers) so costs a few frames, not a loop running until the map next happens to be idle.
 */
export const FRAMES_PER_WAKE = 3;

/**
 * deck.gl's animation loop asks for a frame on every refresh of the display, for as long as the
 * page is open, to see whether anything changed: at rest that was 4–5 % of a core here, on a
 * news page, for a map that does not move. In MapLibre's context the loop draws nothing itself (MapLibre
 * draws deck.gl's layers in its own frames); it only applies changed layers and asks MapLibre to
 * redraw. The gate lets its requests through while the map is busy or being changed (each MapLibre
 * frame and each change of layers wakes it), and holds the loop's next request from the map's idle,
 * or from a few frames after the last wake, until something wakes it again.
 */
export function createFrameGate(frames: AnimationFrameProvider, framesPerWake = FRAMES_PER_WAKE): FrameGate {
  let awake = true;
  let left = framesPerWake;
  let nextId = 1;
  const scheduled = new Map<number, number>();
  const waiting = new Map<number, FrameRequestCallback>();
  const schedule = (id: number, callback: FrameRequestCallback) => {
    scheduled.set(
      id,
      frames.requestAnimationFrame((time) => {
        scheduled.delete(id);
        left -= 1;
        if (left <= 0) awake = false;
        callback(time);
      }),
    );
  };
  return {
    provider: {
      requestAnimationFrame(callback) {
        const id = nextId++;
        if (awake) schedule(id, callback);
        else waiting.set(id, callback);
        return id;
      },
      cancelAnimationFrame(id) {
        const frame = scheduled.get(id);
        if (frame !== undefined) frames.cancelAnimationFrame(frame);
        scheduled.delete(id);
        waiting.delete(id);
      },
    },
    wake() {
      awake = true;
      left = framesPerWake;
      const held = [...waiting];
      waiting.clear();
      for (const [id, callback] of held) schedule(id, callback);
    },
    sleep() {
      awake = false;
    },
  };
}

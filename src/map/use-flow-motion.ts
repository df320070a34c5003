import { useEffect, useRef, useState } from "react";
import { useExplorerStore } from "../state/store";

/** How long widths take to ease into a new month while playing: shorter than a month's tick. */
export function easeDuration(speed: number): number {
  return Math.min(450, 600 / speed);
}

const smooth = (t: number) => t * t * (3 - 2 * t);

/**
 * Drives the two animations, on requestAnimationFrame and only while needed: widths easing from the
 * previous month while playing, and the moving dashes of the animated mode. Under
 * prefers-reduced-motion neither runs: months switch at once and dashes stand still.
 */
export function useFlowMotion(): { widthMix: number; dashTime: number } {
  const month = useExplorerStore((s) => s.month);
  const playing = useExplorerStore((s) => s.playing);
  const speed = useExplorerStore((s) => s.speed);
  const reduced = useExplorerStore((s) => s.reducedMotion);
  const animate = useExplorerStore((s) => s.animateFlows) && !reduced;
  const easing = playing && !reduced;
  const [frame, setFrame] = useState({ mix: 1, time: 0 });
  const easeStart = useRef<number | null>(null);

  useEffect(() => {
    easeStart.current = easing ? performance.now() : null;
    if (!easing && !animate) return undefined;
    let handle = 0;
    const duration = easeDuration(speed);
    const tick = (now: number) => {
      let mix = 1;
      if (easeStart.current !== null) {
        const t = Math.min(1, (now - easeStart.current) / duration);
        mix = smooth(t);
        if (t >= 1) easeStart.current = null;
      }
      setFrame({ mix, time: animate ? now / 1000 : 0 });
      if (easeStart.current !== null || animate) handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [month, speed, animate, easing]);

  return { widthMix: easing ? frame.mix : 1, dashTime: animate ? frame.time : 0 };
}

import { useEffect } from "react";
import { advancePlayback } from "../state/actions";
import { useExplorerStore } from "../state/store";

/** While playing, advances one month per tick at the chosen speed. */
export function usePlayback(): void {
  const playing = useExplorerStore((s) => s.playing);
  const speed = useExplorerStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(advancePlayback, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}

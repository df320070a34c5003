import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect } from "react";
import { DATA_LAYER_IDS } from "./style/data-layers";

/** One cycle of a moving dash, as MapLibre's "animate a line" example does it: the pattern shifts a step at a time. */
const DASH_STEPS: number[][] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
];

/** Moving dashes along the corridors in the animated mode, while flows are shown (the arcs get theirs in their shader). */
export function useCorridorDashes(map: MapLibreMap | null, on: boolean): void {
  useEffect(() => {
    if (!map) return undefined;
    const wanted = on ? "visible" : "none";
    // The style has the layer hidden: a style change (theme, language, a layer switched off) hides it again.
    const show = () => {
      if (map.getLayer(DATA_LAYER_IDS.corridorsDash) && map.getLayoutProperty(DATA_LAYER_IDS.corridorsDash, "visibility") !== wanted) {
        map.setLayoutProperty(DATA_LAYER_IDS.corridorsDash, "visibility", wanted);
      }
    };
    show();
    map.on("styledata", show);
    let step = 0;
    const timer = on
      ? window.setInterval(() => {
          step = (step + 1) % DASH_STEPS.length;
          if (map.getLayer(DATA_LAYER_IDS.corridorsDash)) map.setPaintProperty(DATA_LAYER_IDS.corridorsDash, "line-dasharray", DASH_STEPS[step]);
        }, 70)
      : undefined;
    return () => {
      map.off("styledata", show);
      window.clearInterval(timer);
    };
  }, [map, on]);
}

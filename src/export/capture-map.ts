import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * The map's pixels, arcs included (deck.gl draws into MapLibre's own canvas), at `scale` times the
 * screen's size. The drawing buffer is only valid during the frame, so the copy happens inside the
 * map's "render" event; for 2× both MapLibre and deck.gl are asked for twice the pixels, then reset.
 */
export async function captureMap(map: MapLibreMap, overlay: MapLibreOverlay | null, scale: number): Promise<HTMLCanvasElement> {
  const previousRatio = map.getPixelRatio();
  const target = window.devicePixelRatio || 1;
  const wanted = Math.max(1, scale);
  if (wanted !== previousRatio) {
    map.setPixelRatio(wanted);
    overlay?.setProps({ useDevicePixels: wanted });
  }
  try {
    await new Promise<void>((resolve) => {
      map.once("idle", () => resolve());
      map.triggerRepaint();
    });
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once("render", () => {
        const source = map.getCanvas();
        const copy = document.createElement("canvas");
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext("2d")?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (wanted !== previousRatio) {
      map.setPixelRatio(previousRatio);
      overlay?.setProps({ useDevicePixels: target === previousRatio ? true : previousRatio });
    }
  }
}

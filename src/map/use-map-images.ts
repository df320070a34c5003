import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect } from "react";
import type { Theme } from "./layers/palette";
import { mapImage } from "./style/map-images";

/** Symbols every package uses; arrowheads (one per colour) are painted on demand. */
const KNOWN_IMAGES = ["icon-port", "icon-hub", "icon-airport", "icon-town"].flatMap((id) => [id, `${id}-approx`]);

/**
 * Paints the map's symbols when a layer first asks for them (arrowheads, one per colour), and repaints the ones already added
 * when the theme changes (a port ring is white on light, dark on dark).
 */
export function useMapImages(map: MapLibreMap | null, theme: Theme): void {
  useEffect(() => {
    if (!map) return undefined;
    // MapLibre 6 asks a resolver (event listeners can no longer supply the image for the same request).
    map.setMissingStyleImageResolver((id) => {
      const image = mapImage(id, theme);
      if (image && !map.hasImage(id)) map.addImage(id, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio });
    });
    const paint = () => {
      for (const id of new Set([...KNOWN_IMAGES, ...map.listImages()])) {
        const image = mapImage(id, theme);
        if (!image) continue;
        const pixels = { width: image.width, height: image.height, data: image.data };
        if (map.hasImage(id)) map.updateImage(id, pixels);
        else map.addImage(id, pixels, { pixelRatio: image.pixelRatio });
      }
    };
    // Images belong to the style: they can only be added once it has loaded.
    if (map.isStyleLoaded()) paint();
    else map.once("style.load", paint);
    return () => {
      map.off("style.load", paint);
      map.setMissingStyleImageResolver(null);
    };
  }, [map, theme]);
}

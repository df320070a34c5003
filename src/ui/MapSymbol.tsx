import { useEffect, useRef } from "react";
import type { Theme } from "../map/layers/palette";
import { mapImage } from "../map/style/map-images";

/** A map symbol in the legend, painted from the very pixels the map uses. */
export function MapSymbol({ id, theme, faded = false }: { id: string; theme: Theme; faded?: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const image = mapImage(id, theme);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context || !image) return;
    context.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  }, [image]);
  if (!image) return null;
  return (
    <canvas
      ref={ref}
      width={image.width}
      height={image.height}
      className="map-symbol"
      style={{ width: image.width / image.pixelRatio, height: image.height / image.pixelRatio, opacity: faded ? 0.45 : 1 }}
      aria-hidden="true"
    />
  );
}

import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import { useEffect } from "react";
import { useControl } from "react-map-gl/maplibre";

/**
 * deck.gl inside MapLibre's own WebGL context (interleaved), so arcs can sit under the labels.
 * MapLibreOverlay, not @deck.gl/mapbox's overlay, which crashes on MapLibre 6. `onOverlay` hands
 * the overlay out so that hover and click can ask deck.gl what is under the pointer.
 */
export function DeckOverlay({ onOverlay, ...props }: MapLibreOverlayProps & { onOverlay?: (overlay: MapLibreOverlay | null) => void }) {
  const overlay = useControl<MapLibreOverlay>(() => new MapLibreOverlay(props));
  overlay.setProps(props);
  useEffect(() => {
    onOverlay?.(overlay);
    return () => onOverlay?.(null);
  }, [overlay, onOverlay]);
  return null;
}

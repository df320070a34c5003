import { MapLibreOverlay, type MapLibreOverlayProps } from "@deck.gl/maplibre";
import { useControl } from "react-map-gl/maplibre";

/**
 * deck.gl inside MapLibre's own WebGL context (interleaved), so arcs can sit under the labels.
 * MapLibreOverlay, not @deck.gl/mapbox's overlay, which crashes on MapLibre 6.
 */
export function DeckOverlay(props: MapLibreOverlayProps) {
  const overlay = useControl<MapLibreOverlay>(() => new MapLibreOverlay(props));
  overlay.setProps(props);
  return null;
}

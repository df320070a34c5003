import { ScatterplotLayer } from "@deck.gl/layers";
import type { Place, PlaceKind } from "../../data/model";
import { PLACE_COLORS, type Rgba, type Theme } from "./palette";

export const PLACES_LAYER_ID = "places";

/** Kinds drawn as symbols. Country anchors and regions are abstract points: their city is drawn instead. */
export const DRAWN_PLACE_KINDS: readonly PlaceKind[] = ["port", "counterpart", "city", "hub", "airport"];

export type DrawnPlace = Place & { coordinates: [number, number] };

export function drawnPlaces(places: readonly Place[]): DrawnPlace[] {
  return places.filter((p): p is DrawnPlace => p.coordinates !== null && DRAWN_PLACE_KINDS.includes(p.kind));
}

/** Symbol by kind: ports are open rings (the map's subject), cities small dots, hubs and airports coloured. */
export function placeSymbol(kind: PlaceKind, theme: Theme): { radius: number; fill: Rgba; line: Rgba; lineWidth: number } {
  const c = PLACE_COLORS[theme];
  switch (kind) {
    case "port":
      return { radius: 5, fill: c.port, line: c.ring, lineWidth: 2 };
    case "hub":
      return { radius: 5, fill: c.hub, line: c.ring, lineWidth: 1.5 };
    case "airport":
      return { radius: 4.5, fill: [5, 113, 176, 255], line: c.ring, lineWidth: 1.5 };
    case "city":
      return { radius: 3, fill: c.city, line: c.city, lineWidth: 0 };
    default:
      return { radius: 2.5, fill: c.other, line: c.other, lineWidth: 0 };
  }
}

export interface PlacesLayerInput {
  places: DrawnPlace[];
  theme: Theme;
  visible: boolean;
  highlightedId: string | null;
  beforeId?: string;
}

export function buildPlacesLayer(input: PlacesLayerInput): ScatterplotLayer<DrawnPlace> {
  const { theme } = input;
  const highlighted = input.places.findIndex((p) => p.id === input.highlightedId);
  return new ScatterplotLayer<DrawnPlace>({
    id: PLACES_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: input.places,
    visible: input.visible,
    radiusUnits: "pixels",
    lineWidthUnits: "pixels",
    stroked: true,
    getPosition: (p) => p.coordinates,
    getRadius: (p) => placeSymbol(p.kind, theme).radius,
    getFillColor: (p) => placeSymbol(p.kind, theme).fill,
    getLineColor: (p) => placeSymbol(p.kind, theme).line,
    getLineWidth: (p) => placeSymbol(p.kind, theme).lineWidth,
    updateTriggers: { getFillColor: theme, getLineColor: theme },
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 200, 0, 255],
    highlightedObjectIndex: highlighted,
    // A few pixels of slop make a 5-pixel ring tappable on a phone.
    radiusMinPixels: 2,
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

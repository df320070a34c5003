import { PathStyleExtension, type PathStyleExtensionProps } from "@deck.gl/extensions";
import { PolygonLayer } from "@deck.gl/layers";
import type { Position } from "geojson";
import type { Zone } from "../../data/model";
import { ZONE_COLORS, type Theme } from "./palette";

export const ZONES_LAYER_ID = "zones";

/** One ring set per polygon; a MultiPolygon zone becomes several drawn polygons sharing its id. */
export interface DrawnZone {
  zone: Zone;
  polygon: Position[][];
}

export function drawnZones(zones: readonly Zone[]): DrawnZone[] {
  return zones.flatMap((zone) =>
    zone.geometry.type === "Polygon" ? [{ zone, polygon: zone.geometry.coordinates }] : zone.geometry.coordinates.map((polygon) => ({ zone, polygon })),
  );
}

/** Approximate outlines are dashed: the reader must not take them for surveyed boundaries. */
export const APPROXIMATE_DASH: [number, number] = [4, 3];

export interface ZonesLayerInput {
  zones: DrawnZone[];
  theme: Theme;
  visible: boolean;
  highlightedId: string | null;
  beforeId?: string;
}

export function buildZonesLayer(input: ZonesLayerInput): PolygonLayer<DrawnZone, PathStyleExtensionProps<DrawnZone>> {
  const colors = ZONE_COLORS[input.theme];
  return new PolygonLayer<DrawnZone, PathStyleExtensionProps<DrawnZone>>({
    id: ZONES_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: input.zones,
    visible: input.visible,
    getPolygon: (d) => d.polygon,
    filled: true,
    stroked: true,
    getFillColor: (d) => (d.zone.id === input.highlightedId ? [colors.fill[0], colors.fill[1], colors.fill[2], 150] : colors.fill),
    getLineColor: colors.line,
    lineWidthUnits: "pixels",
    getLineWidth: (d) => (d.zone.kind === "ftz_area" ? 2 : 1.25),
    getDashArray: (d) => (d.zone.outline === "approximate" ? APPROXIMATE_DASH : [0, 0]),
    dashJustified: true,
    extensions: [new PathStyleExtension({ dash: true })],
    updateTriggers: { getFillColor: [input.highlightedId, input.theme], getLineColor: input.theme },
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 200, 0, 90],
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}

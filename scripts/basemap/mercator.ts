import type { PolygonCoords } from "./types";

// Web Mercator y in degrees: simplification and label placement are judged in the space the
// reader sees, not on the sphere. Latitudes are clamped to where Web Mercator ends.

const MAX_LAT = 85.0511;
const clampLat = (lat: number): number => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));

export const toMercY = (lat: number): number => (Math.log(Math.tan(Math.PI / 4 + (clampLat(lat) * Math.PI) / 360)) * 180) / Math.PI;
export const fromMercY = (y: number): number => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

export function toMercator(polygon: PolygonCoords): PolygonCoords {
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x, toMercY(y)]));
}

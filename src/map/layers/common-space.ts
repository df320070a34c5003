/** deck.gl's common space for Web Mercator: the world is 512 units wide at zoom 0, y grows northward. */
const WORLD_SIZE = 512;
const MAX_LATITUDE = 85.051129;

/**
 * Longitude/latitude pairs → common-space pairs, once per metric, so the arcs' shader never projects
 * a position itself. Float32 is precise to well under a pixel up to the map's maximum zoom (10).
 */
export function toCommonSpace(lngLats: Float64Array): Float32Array {
  const out = new Float32Array(lngLats.length);
  for (let i = 0; i + 1 < lngLats.length; i += 2) {
    const lng = lngLats[i] ?? 0;
    const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lngLats[i + 1] ?? 0));
    const phi = (lat * Math.PI) / 180;
    out[i] = ((lng + 180) / 360) * WORLD_SIZE;
    out[i + 1] = ((Math.PI + Math.log(Math.tan(Math.PI / 4 + phi / 2))) / (2 * Math.PI)) * WORLD_SIZE;
  }
  return out;
}

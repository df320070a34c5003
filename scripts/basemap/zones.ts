import type { Position } from "geojson";
import type { Box } from "./types";

/**
 * Detail is spent where the reader looks: around the data package's places (ports, cities), which
 * a reader zooms into, then its opening view, then the rest of the world. The first zone that
 * contains a point decides how far a simplified line may stray there (degrees of Web Mercator),
 * how finely its coordinates are rounded, and how big an island or lake must be to stay. The last
 * zone covers the whole world, so a reader who pans anywhere still finds every country.
 */
export interface Zone {
  name: string;
  /** null: everywhere. Otherwise boxes [west, south, east, north]; east may pass 180 for a view that crosses it. */
  boxes: readonly Box[] | null;
  borderTolerance: number;
  coastTolerance: number;
  /** Coordinates are rounded to 1/grid of a degree: 500 is ~200 m, a pixel at zoom 9; 20 is ~5 km, a pixel at zoom 4. */
  grid: number;
  minIslandKm2: number;
  minLakeKm2: number;
  /**
   * Whether the tolerances widen poleward of 45° as Web Mercator stretches the map (1/cos lat),
   * so that they stay about the same on the ground: the Arctic coasts would otherwise take most of
   * the bytes of a zone that is only context.
   */
  widenTowardPoles: boolean;
}

export interface Detail {
  /** The package's opening view, or null when it has none. */
  view: Box | null;
  zones: readonly Zone[];
}

/** Grows a box by `fraction` of its span on every side, at least `minDegrees`; clamps it to the world. */
export function expandBox(box: Box, fraction: number, minDegrees: number): Box {
  const [w, s, e, n] = box;
  const dx = Math.max(minDegrees, (e - w) * fraction);
  const dy = Math.max(minDegrees, (n - s) * fraction);
  if (e - w + 2 * dx >= 360) return [-180, Math.max(-90, s - dy), 180, Math.min(90, n + dy)];
  return [w - dx, Math.max(-90, s - dy), e + dx, Math.min(90, n + dy)];
}

/** Whether a box holds a point, on any copy of the world (a box may reach past ±180). */
export function boxContains(box: Box, p: Position): boolean {
  const [x = 0, y = 0] = p;
  if (y < box[1] || y > box[3]) return false;
  return [x, x - 360, x + 360].some((xx) => xx >= box[0] && xx <= box[2]);
}

type Ring = Omit<Zone, "boxes">;

/**
 * "places": within PLACE_RADIUS of a port or city, where a reader zooms to ~9: ~1 km, as close as
 * Natural Earth 1:50m is to the true border anyway. "view": the opening view and a margin, read at
 * zoom 3–7. "near": where a reader pans to from there, read at zoom 3–5. "world": context at zoom
 * 1–4, about as detailed as Natural Earth 1:110m.
 */
const PLACES: Ring = { name: "places", borderTolerance: 0.012, coastTolerance: 0.04, grid: 500, minIslandKm2: 100, minLakeKm2: 200, widenTowardPoles: false };
const VIEW: Ring = { name: "view", borderTolerance: 0.025, coastTolerance: 0.05, grid: 200, minIslandKm2: 200, minLakeKm2: 400, widenTowardPoles: false };
const NEAR: Ring = { name: "near", borderTolerance: 0.05, coastTolerance: 0.09, grid: 100, minIslandKm2: 500, minLakeKm2: 1000, widenTowardPoles: false };
const WORLD: Zone = { name: "world", boxes: null, borderTolerance: 0.08, coastTolerance: 0.13, grid: 25, minIslandKm2: 2000, minLakeKm2: 3000, widenTowardPoles: true };
/** With no view to favour, the whole world a little finer than WORLD (it is all the reader has). */
const NO_VIEW: Zone = { ...WORLD, borderTolerance: 0.07, coastTolerance: 0.12, grid: 50, minIslandKm2: 1500, minLakeKm2: 2000 };
/** Half the side of the box around each place, in degrees. */
const PLACE_RADIUS = 3;

/** Each coarsening level widens the rings' tolerances by this factor, up to WORLD's. */
const LEVEL_FACTOR = 1.4;
/** By this level every ring is as coarse as the world: no coarser level exists. */
export const MAX_LEVEL = Math.ceil(Math.log(WORLD.borderTolerance / PLACES.borderTolerance) / Math.log(LEVEL_FACTOR));

/** A ring coarsened `level` times, never coarser than the world. */
function coarsened(ring: Ring, boxes: readonly Box[], level: number): Zone {
  const f = LEVEL_FACTOR ** level;
  return {
    ...ring,
    boxes,
    borderTolerance: Math.min(WORLD.borderTolerance, ring.borderTolerance * f),
    coastTolerance: Math.min(WORLD.coastTolerance, ring.coastTolerance * f),
    grid: Math.max(WORLD.grid, Math.round(ring.grid / f)),
    minIslandKm2: Math.min(WORLD.minIslandKm2, ring.minIslandKm2 * f),
    minLakeKm2: Math.min(WORLD.minLakeKm2, ring.minLakeKm2 * f),
  };
}

/**
 * The zones for a view and the package's places. `level` 0 is the finest; the build raises it
 * while the files are over their byte target, so a package whose view is a continent still builds
 * (with less detail in it).
 */
export function detailFor(view: Box | null, places: readonly Position[] = [], level = 0): Detail {
  const placeBoxes = places.map(([x = 0, y = 0]): Box => [x - PLACE_RADIUS, y - PLACE_RADIUS, x + PLACE_RADIUS, y + PLACE_RADIUS]);
  const zones: Zone[] = placeBoxes.length > 0 ? [coarsened(PLACES, placeBoxes, level)] : [];
  if (view === null) return { view, zones: [...zones, NO_VIEW] };
  zones.push(coarsened(VIEW, [expandBox(view, 0.1, 3)], level), coarsened(NEAR, [expandBox(view, 0.3, 10)], level), WORLD);
  return { view, zones };
}

const COS_45 = Math.cos(Math.PI / 4);

/** How much a zone's tolerances widen at this latitude (1 unless the zone widens toward the poles). */
export function poleward(zone: Zone, lat: number): number {
  if (!zone.widenTowardPoles) return 1;
  return Math.max(1, COS_45 / Math.max(0.05, Math.cos((Math.min(85, Math.abs(lat)) * Math.PI) / 180)));
}

export const borderToleranceAt = (detail: Detail, p: Position): number => {
  const zone = zoneOf(detail, p);
  return zone.borderTolerance * poleward(zone, p[1] ?? 0);
};

export const coastToleranceAt = (detail: Detail, p: Position): number => {
  const zone = zoneOf(detail, p);
  return zone.coastTolerance * poleward(zone, p[1] ?? 0);
};

export function zoneOf(detail: Detail, p: Position): Zone {
  const zone = detail.zones.find(({ boxes }) => boxes === null || boxes.some((box) => boxContains(box, p)));
  if (zone === undefined) throw new Error(`no zone covers ${p.join(",")}`);
  return zone;
}

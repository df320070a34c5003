import type { Position } from "geojson";
import type { Box } from "./types";

/**
 * Detail is spent where the reader looks. The first zone that contains a point decides how far a
 * simplified line may stray there (degrees of Web Mercator), how many decimals it keeps, and how
 * big an island must be to stay. Zoom 9 is only ever used in the corridor zone, at border ports.
 */
export interface Zone {
  name: string;
  box: Box;
  borderTolerance: number;
  coastTolerance: number;
  decimals: number;
  minIslandKm2: number;
}

const ZONES: readonly Zone[] = [
  {
    // Polish–Belarusian border to Manzhouli, Iran to the Trans-Siberian: where the ports are.
    name: "corridor",
    box: [20, 35, 125, 60],
    // ~1 km: Natural Earth 1:50m is no closer to the true border than that, and the reader at
    // zoom 9 by a port sees no difference from the unsimplified line (checked on screenshots).
    borderTolerance: 0.012,
    coastTolerance: 0.04,
    decimals: 3,
    minIslandKm2: 100,
  },
  {
    // Europe's rail terminals and ports, read at zoom 4–6.
    name: "europe",
    box: [-12, 35, 20, 72],
    borderTolerance: 0.035,
    coastTolerance: 0.07,
    decimals: 3,
    minIslandKm2: 300,
  },
  {
    // Africa, South and East Asia, the Arctic: context at zoom 2–4 only.
    name: "far",
    box: [-180, -90, 180, 90],
    borderTolerance: 0.08,
    coastTolerance: 0.15,
    decimals: 2,
    minIslandKm2: 800,
  },
];

export function zoneOf(p: Position): Zone {
  const [x = 0, y = 0] = p;
  const zone = ZONES.find(({ box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
  if (zone === undefined) throw new Error(`no zone covers ${x},${y}`);
  return zone;
}

export const borderTolerance = (p: Position): number => zoneOf(p).borderTolerance;
export const coastTolerance = (p: Position): number => zoneOf(p).coastTolerance;

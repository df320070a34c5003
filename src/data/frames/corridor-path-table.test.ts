import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../../scripts/read-package-dir";
import { checkPackage } from "../check-package";
import type { CompiledPackage } from "../model";
import { buildFrames } from "./build-frames";
import { corridorPathsFrom, tabulateCorridorPaths } from "./corridor-path-table";

function compiled(): CompiledPackage {
  const { compiled: c } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", "data")));
  if (!c) throw new Error("the bundled package did not compile");
  return c;
}

describe("corridor paths worked out at compile time", () => {
  const data = compiled();
  const withoutTable = { ...data, corridorPaths: undefined };

  it("are in the compiled bundled package, one per route and port asked for", () => {
    const table = data.corridorPaths ?? [];
    expect(table.length).toBeGreaterThan(5);
    expect(new Set(table.map((e) => `${e.route}|${e.through}`)).size).toBe(table.length);
    expect(table.some((e) => e.path === null)).toBe(false);
  });

  it("give buildFrames exactly the corridors it measures without them", () => {
    const measured = buildFrames(withoutTable).corridors;
    const tabled = buildFrames(data).corridors;
    expect(tabled.size).toBeGreaterThan(0);
    expect(tabled).toEqual(measured);
  });

  it("are what buildFrames draws: a path from the table is used as it stands", () => {
    const [first, ...rest] = data.corridorPaths ?? [];
    if (!first?.path) throw new Error("no corridor in the bundled package");
    const moved = first.path.map(([lon, lat]): [number, number] => [lon + 1, lat]);
    const frames = buildFrames({ ...data, corridorPaths: [{ ...first, path: moved }, ...rest] });
    const drawn = [...frames.corridors.values()].flatMap((f) => f.items).filter((c) => c.routeId === first.route && c.through === first.through);
    expect(drawn.length).toBeGreaterThan(0);
    for (const c of drawn) expect(c.path).toEqual(moved);
  });

  it("are re-measured, with the same result, when a compiled file's table is malformed", () => {
    const placesById = new Map(data.places.map((p) => [p.id, p]));
    const [first] = data.corridorPaths ?? [];
    for (const bad of [{}, [null], [{ ...first, path: [[1, 2]] }], [{ ...first, path: [["a", 2], [3, 4]] }], [{ ...first, beyond: "no-such-place" }], [{ ...first, route: 7 }]]) {
      expect(corridorPathsFrom(bad, placesById)).toBeNull();
      expect(buildFrames({ ...data, corridorPaths: bad as unknown as CompiledPackage["corridorPaths"] }).corridors).toEqual(buildFrames(withoutTable).corridors);
    }
  });

  it("record a port that is not on its route as such, so the page does not measure it again", () => {
    const route = data.routes.find((r) => r.mode === "road");
    const far = data.places.find((p) => p.kind === "port" && p.coordinates && route && !route.via.includes(p.id));
    if (!route || !far) throw new Error("fixture: no road and port off it");
    const table = tabulateCorridorPaths({ places: data.places, routes: data.routes, series: [{ key: "x", metric: "m", origin: far.id, destination: "world", direction: "export", unit: "t", routes: [route.id], values: [], unplaced: [] }] });
    expect(table).toEqual([{ route: route.id, through: far.id, path: null }]);
    expect(corridorPathsFrom(table, new Map(data.places.map((p) => [p.id, p])))?.get(`${route.id}\u0000${far.id}`)).toBeUndefined();
  });
});

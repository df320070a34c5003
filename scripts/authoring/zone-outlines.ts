/**
 * Authoring script: approximate outlines for the zones in data/geo/zones.geojson.
 *
 * No official boundary (四至范围) of the China (Xinjiang) Pilot Free Trade Zone, its comprehensive bonded zones or the
 * Horgos International Border Cooperation Center has been published. Each zone is therefore drawn as a rounded
 * rectangle (a superellipse) at the zone's approximate location, scaled so that its area measured with @turf/area
 * matches the official area. The shapes say where a zone is and how big it is, nothing more.
 *
 * Usage (from the repository root):
 *   npx tsx scripts/authoring/zone-outlines.ts            # print measured vs official areas
 *   npx tsx scripts/authoring/zone-outlines.ts --write    # also rewrite data/geo/zones.geojson
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/area';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { pointInRing } from '../basemap/geometry';

/** How a zone's outline is generated. */
interface ShapeSpec {
  /** Approximate centre [lon, lat]. */
  center: [number, number];
  /** Width (east–west) divided by height (north–south). */
  aspect: number;
  /** Superellipse exponent: 2 is an ellipse, larger values give a squarer shape. */
  squareness: number;
  /** Number of vertices of the ring (without the closing vertex). */
  vertices: number;
  /**
   * Only for a zone that straddles a border running north–south: the border's longitude and the share of the
   * official area that lies east of it (the Chinese side). The centre's longitude is then solved for.
   */
  split?: { borderLon: number; eastShare: number };
}

interface ZoneSpec {
  shape: ShapeSpec;
  /** Official area in km², as published. */
  officialKm2: number;
  /** A zone id this shape must lie inside, checked after generation. */
  inside?: string;
  properties: Record<string, unknown>;
}

const OUTLINE_NOTE =
  'No boundary of this zone has been published. The shape is a stand-in: it has the official area and sits roughly where ' +
  'the zone is, but its edges are invented, so no street, plot or border line should be read from it.';

const FTZ_TOTAL_NOTE =
  'One of the three areas of the China (Xinjiang) Pilot Free Trade Zone, which covers 179.66 km² in all [F2][F4].';

const ZONES: Record<string, ZoneSpec> = {
  'xinjiang-ftz-urumqi': {
    shape: { center: [87.5, 43.92], aspect: 1.25, squareness: 4, vertices: 24 },
    officialKm2: 134.6,
    properties: {
      name_en: 'China (Xinjiang) Pilot Free Trade Zone: Urumqi area',
      name_zh: '中国（新疆）自由贸易试验区乌鲁木齐片区',
      kind: 'ftz_area',
      parent: 'xinjiang-ftz',
      area_source: 'F2;F4',
      established: '2023-11-01',
      sources: ['F1', 'F2', 'F4'],
      note:
        `${FTZ_TOTAL_NOTE} The Urumqi area includes 30.8 km² of the XPCC 12th Division and the Urumqi comprehensive ` +
        'bonded zone (2.41 km²) [F2]. Drawn on the north-west side of the city, around the international land port ' +
        'and the airport; its real extent and any split into several pieces are unknown.',
    },
  },
  'xinjiang-ftz-kashgar': {
    shape: { center: [76.06, 39.495], aspect: 1.2, squareness: 4, vertices: 24 },
    officialKm2: 28.48,
    properties: {
      name_en: 'China (Xinjiang) Pilot Free Trade Zone: Kashgar area',
      name_zh: '中国（新疆）自由贸易试验区喀什片区',
      kind: 'ftz_area',
      parent: 'xinjiang-ftz',
      area_source: 'F3;F4',
      established: '2023-11-01',
      sources: ['F1', 'F3', 'F4'],
      note:
        `${FTZ_TOTAL_NOTE} The Kashgar area includes 3.81 km² of the XPCC 3rd Division and the Kashgar comprehensive ` +
        'bonded zone (3.56 km²) [F3]; its own ceremony was held on 11 Nov 2023 [F3]. Drawn east of the city centre, ' +
        'south of the airport; the real location of its parts is unknown.',
    },
  },
  'xinjiang-ftz-horgos': {
    shape: { center: [80.445, 44.215], aspect: 1.4, squareness: 4, vertices: 24 },
    officialKm2: 16.58,
    properties: {
      name_en: 'China (Xinjiang) Pilot Free Trade Zone: Horgos area',
      name_zh: '中国（新疆）自由贸易试验区霍尔果斯片区',
      kind: 'ftz_area',
      parent: 'xinjiang-ftz',
      area_source: 'F5',
      established: '2023-11-01',
      sources: ['F1', 'F2', 'F5', 'F10'],
      note:
        `${FTZ_TOTAL_NOTE} The Horgos area includes 1.95 km² of the XPCC 4th Division and the Horgos comprehensive ` +
        'bonded zone (3.61 km²) [F2]. First business licence issued on 2 Nov 2023 [F10]; the area was formally ' +
        'listed on 5 Dec 2023 [F5]. Drawn by Horgos city, east of the border crossing; whether it includes the ' +
        'Chinese part of the cooperation center is not known, so the two shapes are kept apart.',
    },
  },
  'urumqi-cbz': {
    shape: { center: [87.525, 43.905], aspect: 1.3, squareness: 4, vertices: 20 },
    officialKm2: 2.41,
    inside: 'xinjiang-ftz-urumqi',
    properties: {
      name_en: 'Urumqi Comprehensive Bonded Zone',
      name_zh: '乌鲁木齐综合保税区',
      kind: 'bonded_zone',
      parent: 'xinjiang-ftz-urumqi',
      area_source: 'F2',
      sources: ['F2'],
      note: 'Counted inside the Urumqi area of the FTZ [F2]. Position inside that area is a guess.',
    },
  },
  'kashgar-cbz': {
    shape: { center: [76.068, 39.49], aspect: 1.3, squareness: 4, vertices: 20 },
    officialKm2: 3.56,
    inside: 'xinjiang-ftz-kashgar',
    properties: {
      name_en: 'Kashgar Comprehensive Bonded Zone',
      name_zh: '喀什综合保税区',
      kind: 'bonded_zone',
      parent: 'xinjiang-ftz-kashgar',
      area_source: 'F8;F3',
      established: '2014-09',
      sources: ['F3', 'F8', 'T31'],
      note:
        'Set up in Sep 2014 and in operation from Apr 2015 [F8]; counted inside the Kashgar area of the FTZ [F3]. ' +
        'Position inside that area is a guess.',
    },
  },
  'horgos-cbz': {
    shape: { center: [80.432, 44.212], aspect: 1.2, squareness: 4, vertices: 20 },
    officialKm2: 3.61,
    inside: 'xinjiang-ftz-horgos',
    properties: {
      name_en: 'Horgos Comprehensive Bonded Zone',
      name_zh: '霍尔果斯综合保税区',
      kind: 'bonded_zone',
      parent: 'xinjiang-ftz-horgos',
      area_source: 'F2',
      sources: ['F2'],
      note:
        'The 3.61 km² figure and its place inside the Horgos area come from a single source [F2] and were not ' +
        'confirmed elsewhere. Position inside the area is a guess.',
    },
  },
  'horgos-kibcc': {
    shape: {
      center: [80.378, 44.204],
      aspect: 1.3,
      squareness: 6,
      vertices: 24,
      // The border here follows the Khorgos river, roughly north–south. It is taken at 80.378°E, between the border gate
      // (80.3694°E at 44.1956°N [P1]) and the Kazakh village of Khorgos (80.38°E, 44.2222°N [P24]), which lies west of the
      // river. 3.43 of the 5.28 km² are on the Chinese (east) side.
      split: { borderLon: 80.378, eastShare: 3.43 / 5.28 },
    },
    officialKm2: 5.28,
    properties: {
      name_en: 'China–Kazakhstan Horgos International Border Cooperation Center',
      name_zh: '中哈霍尔果斯国际边境合作中心',
      name_ru: 'Международный центр приграничного сотрудничества «Хоргос»',
      kind: 'cooperation_center',
      area_source: 'F7;P6',
      established: '2012-04',
      sources: ['F7', 'P6', 'F12'],
      note:
        'Straddles the border: 3.43 km² on the Chinese side and 1.85 km² on the Kazakh side [F7][P6]. The agreement ' +
        'was signed in Sep 2004 and the center has operated since Apr 2012 [P6]; visitors may stay up to 30 days ' +
        'without a visa [F12]. The border is taken as a straight north–south line at 80.378°E, just east of the border ' +
        'gate, to split the shape in that ratio; the real river border bends. No source says whether the Chinese part lies inside the 16.58 km² ' +
        'Horgos area of the FTZ, so this is not assumed.',
    },
  },
};

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);

/** Superellipse ring of unit "radius" `scale` (km) around `center`, closed, in [lon, lat]. */
function ring(shape: ShapeSpec, center: [number, number], scaleKm: number): Position[] {
  const [lon0, lat0] = center;
  const a = scaleKm * Math.sqrt(shape.aspect); // half-width, km
  const b = scaleKm / Math.sqrt(shape.aspect); // half-height, km
  const n = shape.squareness;
  const pts: Position[] = [];
  for (let i = 0; i < shape.vertices; i++) {
    // Offset by half a step so that the ring is symmetric about both axes; counter-clockwise (RFC 7946 exterior ring).
    const t = (2 * Math.PI * i) / shape.vertices + Math.PI / shape.vertices;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const x = a * Math.sign(c) * Math.abs(c) ** (2 / n);
    const y = b * Math.sign(s) * Math.abs(s) ** (2 / n);
    pts.push([round(lon0 + x / kmPerDegLon(lat0)), round(lat0 + y / KM_PER_DEG_LAT)]);
  }
  const first = pts[0];
  if (first) pts.push([...first]);
  return pts;
}

function round(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

function polygon(coords: Position[]): Polygon {
  return { type: 'Polygon', coordinates: [coords] };
}

function km2(geom: Polygon): number {
  return area({ type: 'Feature', geometry: geom, properties: {} }) / 1e6;
}

/** Scale a shape around `center` until its measured area matches `targetKm2`. */
function fitArea(shape: ShapeSpec, center: [number, number], targetKm2: number): Position[] {
  let scale = Math.sqrt(targetKm2) / 2;
  let coords = ring(shape, center, scale);
  for (let i = 0; i < 8; i++) {
    const measured = km2(polygon(coords));
    scale *= Math.sqrt(targetKm2 / measured);
    coords = ring(shape, center, scale);
  }
  return coords;
}

/** The part of a closed ring east of longitude `lon` (Sutherland–Hodgman clip against one line). */
function clipEast(coords: Position[], lon: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < coords.length - 1; i++) {
    const p = coords[i];
    const q = coords[i + 1];
    if (!p || !q) continue;
    const pIn = (p[0] ?? 0) >= lon;
    const qIn = (q[0] ?? 0) >= lon;
    if (pIn) out.push(p);
    if (pIn !== qIn) {
      const [px = 0, py = 0] = p;
      const [qx = 0, qy = 0] = q;
      const t = (lon - px) / (qx - px);
      out.push([lon, py + t * (qy - py)]);
    }
  }
  const first = out[0];
  if (first) out.push([...first]);
  return out;
}

/** Solve for the centre longitude that puts `eastShare` of the area east of the border. */
function fitSplit(shape: ShapeSpec, targetKm2: number): { coords: Position[]; eastKm2: number } {
  const split = shape.split;
  if (!split) throw new Error('fitSplit needs shape.split');
  const lat = shape.center[1];
  let lo = split.borderLon - 0.1;
  let hi = split.borderLon + 0.1;
  let coords: Position[] = [];
  let eastKm2 = 0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    coords = fitArea(shape, [mid, lat], targetKm2);
    eastKm2 = km2(polygon(clipEast(coords, split.borderLon)));
    if (eastKm2 / targetKm2 < split.eastShare) lo = mid;
    else hi = mid;
  }
  return { coords, eastKm2 };
}

export function buildZones(): FeatureCollection<Polygon> {
  const rings = new Map<string, Position[]>();
  const features: Feature<Polygon>[] = [];
  for (const [id, spec] of Object.entries(ZONES)) {
    let coords: Position[];
    let extra = '';
    if (spec.shape.split) {
      const { coords: c, eastKm2 } = fitSplit(spec.shape, spec.officialKm2);
      coords = c;
      extra = `  east of ${spec.shape.split.borderLon}°E: ${eastKm2.toFixed(2)} km² (target ${(spec.officialKm2 * spec.shape.split.eastShare).toFixed(2)})`;
    } else {
      coords = fitArea(spec.shape, spec.shape.center, spec.officialKm2);
    }
    rings.set(id, coords);
    const geometry = polygon(coords);
    const measured = km2(geometry);
    const diffPct = ((measured - spec.officialKm2) / spec.officialKm2) * 100;
    console.log(
      `${id.padEnd(22)} official ${spec.officialKm2.toFixed(2).padStart(7)} km²  measured ${measured.toFixed(2).padStart(7)} km²  (${diffPct >= 0 ? '+' : ''}${diffPct.toFixed(2)} %)${extra}`,
    );
    if (spec.inside) {
      const outer = rings.get(spec.inside);
      if (!outer) throw new Error(`${id}: container ${spec.inside} must be listed before it`);
      const outside = coords.filter((p) => !pointInRing(p, outer));
      if (outside.length > 0) throw new Error(`${id}: ${outside.length} vertices fall outside ${spec.inside}`);
    }
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id,
        ...spec.properties,
        official_area_km2: spec.officialKm2,
        outline: 'approximate',
        outline_note: OUTLINE_NOTE,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One feature per line keeps diffs readable and lets the checker report file:line. */
function serialize(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => '    ' + JSON.stringify(f));
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const fc = buildZones();
  if (process.argv.includes('--write')) {
    const out = fileURLToPath(new URL('../../data/geo/zones.geojson', import.meta.url));
    writeFileSync(out, serialize(fc));
    console.log(`wrote ${out}`);
  }
}

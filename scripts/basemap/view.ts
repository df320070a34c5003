import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_FILES } from "../../src/data/package-files";
import { datasetSchema } from "../../src/data/schemas/dataset";
import { placeFeatureSchema } from "../../src/data/schemas/places";
import type { Position } from "geojson";
import { fromMercY, toMercY } from "./mercator";
import type { Box } from "./types";

/** What dataset.json's `view` says about where the explorer opens. */
export interface PackageView {
  center?: readonly [number, number];
  zoom?: number;
  bounds?: readonly [readonly [number, number], readonly [number, number]];
}

/**
 * The map areas the explorer opens in, in CSS pixels: a 1280×800 desktop window beside the 340 px
 * side panel and above the timeline, and a 390×844 phone above the timeline. With MapView's fit
 * padding and minimum zoom. Approximations of the layout: they only choose where country names go.
 */
export const REFERENCE_SCREENS: readonly { name: string; width: number; height: number }[] = [
  { name: "desktop", width: 940, height: 670 },
  { name: "phone", width: 390, height: 720 },
];
const FIT_PADDING = 24;
const MIN_ZOOM = 1;
const worldPx = (zoom: number): number => 512 * 2 ** zoom;

/**
 * The box a view's bounds or center+zoom names, [west, south, east, north]; east passes 180 when the
 * view crosses the antimeridian. null when the package names no view (the explorer opens on the world).
 */
export function viewBox(view: PackageView | undefined): Box | null {
  if (view?.bounds !== undefined) {
    const [[w, s], [e0, n]] = view.bounds;
    const e = e0 < w ? e0 + 360 : e0;
    return [w, Math.min(s, n), e, Math.max(s, n)];
  }
  if (view?.center !== undefined && view.zoom !== undefined) {
    const [first] = REFERENCE_SCREENS;
    return first === undefined ? null : screenBox(view.center, view.zoom, first);
  }
  return null;
}

/** What a screen of this size shows around a center at a zoom. */
function screenBox(center: readonly [number, number], zoom: number, screen: { width: number; height: number }): Box {
  const [x, y] = center;
  const degreesPerPixel = 360 / worldPx(zoom);
  const halfWidth = Math.min(180, (screen.width / 2) * degreesPerPixel);
  const halfHeight = (screen.height / 2) * degreesPerPixel;
  const my = toMercY(y);
  return [x - halfWidth, fromMercY(my - halfHeight), x + halfWidth, fromMercY(my + halfHeight)];
}

/** MapLibre's fitBounds, as MapView calls it: the zoom at which the bounds fit the screen less padding. */
function fittedZoom(bounds: Box, screen: { width: number; height: number }): number {
  const [w, s, e, n] = bounds;
  const spanX = e - w;
  const spanY = toMercY(n) - toMercY(s);
  const scale = Math.min((screen.width - 2 * FIT_PADDING) / Math.max(spanX, 1e-6), (screen.height - 2 * FIT_PADDING) / Math.max(spanY, 1e-6));
  return Math.max(MIN_ZOOM, Math.log2((scale * 360) / 512));
}

/**
 * Label points keep this far (CSS px) from the edges of every reference screen, so that a name of
 * ten capitals centred on one is on screen whole.
 */
const LABEL_INSET_PX = 24;

/** What a screen shows on opening, less LABEL_INSET_PX all round; null without a view. */
function openingScreenBox(view: PackageView | undefined, screen: { width: number; height: number }): Box | null {
  const inset = { width: screen.width - 2 * LABEL_INSET_PX, height: screen.height - 2 * LABEL_INSET_PX };
  if (view?.bounds !== undefined) {
    const box = viewBox(view);
    if (box === null) return null;
    const [w, s, e, n] = box;
    const center: [number, number] = [(w + e) / 2, fromMercY((toMercY(n) + toMercY(s)) / 2)];
    return screenBox(center, fittedZoom(box, screen), inset);
  }
  if (view?.center !== undefined && view.zoom !== undefined) return screenBox(view.center, view.zoom, inset);
  return null;
}

/**
 * What every reference screen shows when the explorer opens, inset by LABEL_INSET_PX: where a
 * country's name must be for a reader to see it at once. null without a view.
 */
export function openingBox(view: PackageView | undefined): Box | null {
  const boxes = REFERENCE_SCREENS.map((screen) => openingScreenBox(view, screen));
  if (boxes.some((b) => b === null)) return null;
  const present = boxes.filter((b): b is Box => b !== null);
  const w = Math.max(...present.map((b) => b[0]));
  const s = Math.max(...present.map((b) => b[1]));
  const e = Math.min(...present.map((b) => b[2]));
  const n = Math.min(...present.map((b) => b[3]));
  return w < e && s < n ? [w, s, e, n] : null;
}

/** Reads the `view` of a data package folder's dataset.json (checked by the same schema the app uses). */
export function readPackageView(packageDir: string): PackageView | undefined {
  const path = join(packageDir, "dataset.json");
  const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`${path}: not a valid dataset (npm run data:check -- ${packageDir} says why): ${parsed.error.message}`);
  }
  return parsed.data.view;
}

/** Places the map draws a symbol for; countries, regions and groups are only anchors for flows. */
const DRAWN_KINDS: ReadonlySet<string> = new Set(["port", "counterpart", "city", "hub", "airport"]);

export interface PackagePlaces {
  /** Where the drawn places are: the map keeps its finest detail around them. */
  points: Position[];
  /**
   * The countries (ISO alpha-3) the drawn places are in, or across the border from: the countries
   * the story is about, whose names the map places first.
   */
  countries: Set<string>;
}

/** The drawn places of a places.geojson; features the schema rejects are skipped (data:check reports them). */
export function packagePlaces(places: unknown): PackagePlaces {
  const out: PackagePlaces = { points: [], countries: new Set() };
  const features = typeof places === "object" && places !== null && "features" in places && Array.isArray(places.features) ? places.features : [];
  for (const raw of features) {
    const parsed = placeFeatureSchema.safeParse(raw);
    if (!parsed.success || !DRAWN_KINDS.has(parsed.data.properties.kind)) continue;
    const { country, across } = parsed.data.properties;
    if (country !== undefined) out.countries.add(country);
    if (across !== undefined) out.countries.add(across);
    if (parsed.data.geometry !== null) out.points.push([...parsed.data.geometry.coordinates]);
  }
  return out;
}

export function readPackagePlaces(packageDir: string): PackagePlaces {
  const path = join(packageDir, PACKAGE_FILES.places);
  return existsSync(path) ? packagePlaces(JSON.parse(readFileSync(path, "utf8"))) : { points: [], countries: new Set() };
}

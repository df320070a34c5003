import type { CountryNames } from "./style/country-names";
import { perFeature, widthByZoom } from "./style/per-feature";
import type { ExpressionSpecification, LayerSpecification, StyleSpecification, SymbolLayerSpecification } from "maplibre-gl";

type SymbolLayout = NonNullable<SymbolLayerSpecification["layout"]>;

/**
 * The offline basemap: GeoJSON that scripts/basemap-build.ts writes to public/basemap/ from
 * Natural Earth, drawn with a quiet news-page look so the app's own data carries the colour.
 *
 * Labels without a glyph server: the style has no `glyphs` property on purpose. Since MapLibre GL JS
 * 5.11 (PR #4564; style spec: `glyphs` "omit to use local fonts", js 5.11.0), when `glyphs` is absent
 * `text-font` is read as a cascading list of CSS font families and every glyph is drawn in the
 * browser with TinySDF, from fonts already on the reader's machine. Checked in maplibre-gl 6.17's
 * GlyphManager: the names are joined into a CSS `font-family` with `sans-serif` appended, the weight
 * is sniffed from the first name ("Bold" → 700), and nothing is fetched unless `glyphs` or
 * `font-faces` names a URL. So the map makes no font request at all; the last-resort generic
 * family always resolves, and the named ones only choose the nicest local face.
 */

export type BasemapTheme = "light" | "dark";

export interface BasemapOptions {
  theme: BasemapTheme;
  /**
   * Absolute URL of the folder holding the basemap GeoJSON, ending in "/". Absolute because
   * MapLibre fetches GeoJSON from its worker, where a relative URL has no page to resolve against.
   */
  basemapBaseUrl: string;
  /**
   * ISO 3166-1 alpha-3 codes of the countries shaded a little darker (the data package's
   * `view.highlightCountries`): where the story is. Default: none.
   */
  highlightCountries?: readonly string[];
  /** Country names in the reader's language (style/country-names.ts); English when absent */
  countryNames?: CountryNames | null;
}

export interface ThemeColors {
  water: string;
  land: string;
  /** Land of the package's highlighted countries, a shade off `land`: context, not a call-out. */
  focusLand: string;
  coastline: string;
  border: string;
  label: string;
  halo: string;
  /** For the app's own layers: strong enough on `land`, never confused with it. */
  accent: string;
  accentAlt: string;
  highlight: string;
  muted: string;
}

export const THEME_COLORS: Readonly<Record<BasemapTheme, Readonly<ThemeColors>>> = {
  light: {
    water: "#dde6ec",
    land: "#f7f6f3",
    focusLand: "#efece6",
    coastline: "#a9bac6",
    border: "#a19d97",
    label: "#5e5b57",
    halo: "rgba(247,246,243,0.9)",
    accent: "#d95f02",
    accentAlt: "#1b9e77",
    highlight: "#7570b3",
    muted: "#8c8c8c",
  },
  dark: {
    water: "#121a22",
    land: "#262a30",
    focusLand: "#2d3138",
    coastline: "#3b4b5a",
    border: "#70757d",
    label: "#aeb3ba",
    halo: "rgba(18,26,34,0.85)",
    accent: "#fc8d62",
    accentAlt: "#66c2a5",
    highlight: "#a0a0eb",
    muted: "#9a9a9a",
  },
};

/**
 * Local families in order of preference: Helvetica Neue (macOS, iOS), Arial (Windows; Chromium on
 * Linux maps it to Liberation Sans), Liberation Sans and Noto Sans (Linux, Android). MapLibre
 * appends `sans-serif`, listed here too so the stack reads complete.
 */
export const BASEMAP_LABEL_FONT: string[] = ["Helvetica Neue", "Arial", "Liberation Sans", "Noto Sans", "sans-serif"];

export const BASEMAP_FILES = {
  countries: "countries.geojson",
  lakes: "lakes.geojson",
  borders: "borders.geojson",
  labels: "labels.geojson",
} as const;

export const BASEMAP_SOURCE_IDS = {
  countries: "basemap-countries",
  lakes: "basemap-lakes",
  borders: "basemap-borders",
  labels: "basemap-labels",
} as const;

/**
 * Bottom to top. The coastline is drawn from the country outlines, beneath the country fills: the
 * fills cover its inner half, and every edge with land on both sides (borders, the cuts at the
 * antimeridian and round the South Pole), so only the shore shows. Zone fills may go
 * `beforeId: borders` so borders stay visible over them.
 */
export const BASEMAP_LAYER_IDS = {
  background: "basemap-water",
  coastlines: "basemap-coastlines",
  countries: "basemap-countries",
  lakes: "basemap-lakes",
  borders: "basemap-borders",
  countryLabelsDetail: "basemap-country-labels-detail",
  countryLabels: "basemap-country-labels",
} as const;

/** The first symbol layer: the app inserts routes and arcs with this `beforeId`, under every label. */
export const FIRST_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.countryLabelsDetail;
/**
 * Country names below zoom 5, the last layer of the style. MapLibre places the topmost symbols
 * first, so labels a caller adds beneath this layer (ports, cities) give way to the country names
 * at the opening zooms, and labels added above it win over them. The opening view needs its
 * countries named: add place labels with this `beforeId`.
 */
export const TOP_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.countryLabels;

const DETAIL_LABEL_MINZOOM = 5;
/** The last whole zoom of the one-point-per-country labels; from DETAIL_LABEL_MINZOOM the polygons are named instead. */
export const COUNTRY_LABEL_MAX_ZOOM = DETAIL_LABEL_MINZOOM - 1;
export const COUNTRY_LABEL_LETTER_SPACING = 0.08;

/**
 * Country name sizes (px) by zoom for large (rank ≤ 12), mid (≤ 40) and other countries; between
 * stops MapLibre interpolates linearly, and holds the end values beyond them. The basemap build
 * measures names with the same table (countryLabelSize) to decide from which zoom a name fits.
 */
const LABEL_SIZE_RANKS = [12, 40] as const;
const LABEL_SIZE_STOPS: readonly (readonly [zoom: number, big: number, mid: number, small: number])[] = [
  [1, 11.5, 10.5, 9.5],
  [2, 12.5, 11, 10],
  [6, 17, 15, 13.5],
  [9, 20, 18, 16],
];

function sizeTier(rank: number): 1 | 2 | 3 {
  return rank <= LABEL_SIZE_RANKS[0] ? 1 : rank <= LABEL_SIZE_RANKS[1] ? 2 : 3;
}

export function countryLabelSize(zoom: number, rank: number): number {
  const tier = sizeTier(rank);
  const first = LABEL_SIZE_STOPS[0];
  const last = LABEL_SIZE_STOPS[LABEL_SIZE_STOPS.length - 1];
  if (first === undefined || last === undefined) return 12;
  if (zoom <= first[0]) return first[tier];
  for (let i = 1; i < LABEL_SIZE_STOPS.length; i++) {
    const a = LABEL_SIZE_STOPS[i - 1];
    const b = LABEL_SIZE_STOPS[i];
    if (a !== undefined && b !== undefined && zoom <= b[0]) return a[tier] + ((zoom - a[0]) / (b[0] - a[0])) * (b[tier] - a[tier]);
  }
  return last[tier];
}

const textSize: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["zoom"],
  ...LABEL_SIZE_STOPS.flatMap(([zoom, big, mid, small]): [number, ExpressionSpecification] => [
    zoom,
    ["case", ["<=", ["get", "rank"], LABEL_SIZE_RANKS[0]], big, ["<=", ["get", "rank"], LABEL_SIZE_RANKS[1]], mid, small],
  ]),
] as ExpressionSpecification;

/**
 * The name where it fits its country at this zoom (labels.geojson's `nameZoom`), else its short
 * form where that fits (`abbr`, `abbrZoom`), else nothing: a small country is named as the reader
 * zooms in. Layout is evaluated at whole (tile) zooms, hence one step per zoom.
 */
const byCode = (names: Readonly<Record<string, string>>, fallback: ExpressionSpecification | string): ExpressionSpecification =>
  ["match", ["coalesce", ["get", "iso3"], ""], ...Object.entries(names).flat(), fallback] as unknown as ExpressionSpecification;

/** A country's name in the reader's language where the browser knows it, else the basemap's English one. */
function localizedName(countryNames: CountryNames | null): ExpressionSpecification {
  return countryNames ? byCode(countryNames.names, ["get", "name"]) : ["get", "name"];
}

function fittingText(countryNames: CountryNames | null): ExpressionSpecification {
  // In another language: its name where the English name fits, and where only the abbreviation
  // fits, its name if that is as short (Chinese), else nothing.
  const name = localizedName(countryNames);
  const abbr: ExpressionSpecification | string = countryNames ? byCode(countryNames.short, "") : ["get", "abbr"];
  const at = (z: number): ExpressionSpecification => [
    "case",
    ["<=", ["get", "nameZoom"], z],
    name,
    ["<=", ["coalesce", ["get", "abbrZoom"], 99], z],
    abbr,
    "",
  ];
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = 1; z <= COUNTRY_LABEL_MAX_ZOOM; z++) stops.push(z, at(z));
  return ["step", ["zoom"], at(0), ...stops] as ExpressionSpecification;
}

function labelLayout(padding: number, text: ExpressionSpecification, sortKey: ExpressionSpecification): SymbolLayout {
  return {
    "text-field": text,
    "text-font": BASEMAP_LABEL_FONT,
    "symbol-sort-key": sortKey,
    "text-size": textSize,
    "text-transform": "uppercase",
    "text-letter-spacing": COUNTRY_LABEL_LETTER_SPACING,
    "text-max-width": 7,
    "text-padding": padding,
  };
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;

export function basemapStyle(options: BasemapOptions): StyleSpecification {
  if (!ABSOLUTE_URL.test(options.basemapBaseUrl)) {
    throw new Error(`basemapBaseUrl must be an absolute URL (got "${options.basemapBaseUrl}")`);
  }
  const base = options.basemapBaseUrl.endsWith("/") ? options.basemapBaseUrl : `${options.basemapBaseUrl}/`;
  const c = THEME_COLORS[options.theme];
  const ids = BASEMAP_SOURCE_IDS;

  const sources: StyleSpecification["sources"] = {};
  for (const key of Object.keys(BASEMAP_FILES) as (keyof typeof BASEMAP_FILES)[]) {
    sources[ids[key]] = { type: "geojson", data: `${base}${BASEMAP_FILES[key]}` };
  }

  // Colour and opacity per feature, as the package's labels give theirs: one program draws all text (style/per-feature.ts).
  const labelPaint = {
    "text-color": perFeature(c.label),
    "text-opacity": perFeature(1),
    "text-halo-color": c.halo,
    "text-halo-width": 1.4,
    "text-halo-blur": 0.5,
  };

  const highlighted = [...new Set(options.highlightCountries ?? [])].sort();
  // No highlighted countries: one plain colour, no expression to evaluate per feature.
  const landColor: string | ExpressionSpecification =
    highlighted.length === 0 ? c.land : ["case", ["in", ["coalesce", ["get", "iso3"], ""], ["literal", highlighted]], c.focusLand, c.land];

  const layers: LayerSpecification[] = [
    {
      // Water is the background, so any gap between countries reads as sea: the Caspian is one.
      id: BASEMAP_LAYER_IDS.background,
      type: "background",
      paint: { "background-color": c.water },
    },
    {
      id: BASEMAP_LAYER_IDS.coastlines,
      type: "line",
      source: ids.countries,
      layout: { "line-join": "round" },
      paint: {
        "line-color": c.coastline,
        // Twice the width the reader sees: the fill above covers the landward half.
        "line-width": ["interpolate", ["linear"], ["zoom"], 2, 1, 6, 1.8, 9, 2.6],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.countries,
      type: "fill",
      source: ids.countries,
      paint: { "fill-color": landColor },
    },
    {
      id: BASEMAP_LAYER_IDS.lakes,
      type: "fill",
      source: ids.lakes,
      paint: { "fill-color": c.water, "fill-outline-color": c.coastline },
    },
    {
      id: BASEMAP_LAYER_IDS.borders,
      type: "line",
      source: ids.borders,
      layout: { "line-join": "round" },
      // Written per feature like the package's lines, so that all dashed lines are one program (style/per-feature.ts).
      paint: {
        "line-color": perFeature(c.border),
        "line-width": widthByZoom([[2, 0.6], [6, 1], [9, 1.5]]),
        "line-offset": perFeature(0),
        "line-opacity": perFeature(1),
        // Dashed while many borders share the screen, solid once a reader looks at one crossing.
        "line-dasharray": ["step", ["zoom"], perFeature(["literal", [3, 2]]), 5, perFeature(["literal", [1, 0]])],
      },
    },
    {
      // MapLibre places a point label on each tile's piece of a polygon, so a reader zoomed in on
      // a border crossing sees both countries named.
      id: BASEMAP_LAYER_IDS.countryLabelsDetail,
      type: "symbol",
      source: ids.countries,
      minzoom: DETAIL_LABEL_MINZOOM,
      filter: ["has", "rank"],
      // Wide padding: neighbouring tiles' pieces of one country would otherwise repeat its name
      // a few centimetres apart.
      // Lower rank = larger country: placed first, so a large country is never hidden by a small neighbour.
      layout: labelLayout(28, localizedName(options.countryNames ?? null), ["get", "rank"]),
      paint: labelPaint,
    },
    {
      id: BASEMAP_LAYER_IDS.countryLabels,
      type: "symbol",
      source: ids.labels,
      // From zoom 5 a country can fill the screen without its one label point in view.
      maxzoom: DETAIL_LABEL_MINZOOM,
      // A name that does not fit its country yet has no text, so it is not placed at all (rather than
      // taking part in collisions it would lose): microstates and the smallest neighbours appear as
      // the reader zooms in.
      layout: {
        // The package's own countries first (labels.geojson's `order`), then larger before smaller.
        ...labelLayout(1, fittingText(options.countryNames ?? null), ["coalesce", ["get", "order"], ["get", "rank"]]),
        // Centred on its point when there is room; else just above or below it (the point stays
        // on the name's edge, so the name stays on its country), as Kyrgyzstan and Tajikistan
        // need on a phone.
        "text-variable-anchor": ["center", "bottom", "top"],
      },
      paint: labelPaint,
    },
  ];

  return {
    version: 8,
    name: `Trade Corridors basemap (${options.theme})`,
    sources,
    layers,
  };
}

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
}

export interface ThemeColors {
  water: string;
  land: string;
  /** Land of the countries the corridors start in, a shade off `land`: context, not a highlight. */
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

/** China and the Central Asian five: where the corridors begin and first cross a border. */
export const FOCUS_ISO3: readonly string[] = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"];

/**
 * Local families in order of preference: Helvetica Neue (macOS, iOS), Arial (Windows; Chromium on
 * Linux maps it to Liberation Sans), Liberation Sans and Noto Sans (Linux, Android). MapLibre
 * appends `sans-serif`, listed here too so the stack reads complete.
 */
export const BASEMAP_LABEL_FONT: string[] = ["Helvetica Neue", "Arial", "Liberation Sans", "Noto Sans", "sans-serif"];

export const BASEMAP_FILES = {
  countries: "countries.geojson",
  lakes: "lakes.geojson",
  coastlines: "coastlines.geojson",
  borders: "borders.geojson",
  labels: "labels.geojson",
} as const;

export const BASEMAP_SOURCE_IDS = {
  countries: "basemap-countries",
  lakes: "basemap-lakes",
  coastlines: "basemap-coastlines",
  borders: "basemap-borders",
  labels: "basemap-labels",
} as const;

/** Bottom to top. Zone fills may go `beforeId: coastlines` so borders stay visible over them. */
export const BASEMAP_LAYER_IDS = {
  background: "basemap-water",
  countries: "basemap-countries",
  lakes: "basemap-lakes",
  coastlines: "basemap-coastlines",
  borders: "basemap-borders",
  countryLabels: "basemap-country-labels",
  countryLabelsDetail: "basemap-country-labels-detail",
} as const;

export const BASEMAP_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.countryLabels;
/** The first symbol layer: the app inserts routes and arcs with this `beforeId`, under every label. */
export const FIRST_LABEL_LAYER_ID = BASEMAP_LABEL_LAYER_ID;

const DETAIL_LABEL_MINZOOM = 5;

function labelLayout(padding: number): SymbolLayout {
  const big: ExpressionSpecification = ["<=", ["get", "rank"], 12];
  const mid: ExpressionSpecification = ["<=", ["get", "rank"], 40];
  return {
    "text-field": ["get", "name"],
    "text-font": BASEMAP_LABEL_FONT,
    // Lower rank = larger country: placed first, so Kazakhstan is never hidden by Kyrgyzstan.
    "symbol-sort-key": ["get", "rank"],
    "text-size": [
      "interpolate",
      ["linear"],
      ["zoom"],
      2,
      ["case", big, 12.5, mid, 11, 10],
      6,
      ["case", big, 17, mid, 15, 13.5],
      9,
      ["case", big, 20, mid, 18, 16],
    ],
    "text-transform": "uppercase",
    "text-letter-spacing": 0.08,
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

  const labelPaint = {
    "text-color": c.label,
    "text-halo-color": c.halo,
    "text-halo-width": 1.4,
    "text-halo-blur": 0.5,
  };

  const isFocus: ExpressionSpecification = ["in", ["get", "iso3"], ["literal", [...FOCUS_ISO3]]];

  const layers: LayerSpecification[] = [
    {
      // Water is the background, so any gap between countries reads as sea: the Caspian is one.
      id: BASEMAP_LAYER_IDS.background,
      type: "background",
      paint: { "background-color": c.water },
    },
    {
      id: BASEMAP_LAYER_IDS.countries,
      type: "fill",
      source: ids.countries,
      paint: { "fill-color": ["case", isFocus, c.focusLand, c.land] },
    },
    {
      id: BASEMAP_LAYER_IDS.lakes,
      type: "fill",
      source: ids.lakes,
      paint: { "fill-color": c.water, "fill-outline-color": c.coastline },
    },
    {
      id: BASEMAP_LAYER_IDS.coastlines,
      type: "line",
      source: ids.coastlines,
      layout: { "line-join": "round" },
      paint: {
        "line-color": c.coastline,
        "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.5, 6, 0.9, 9, 1.3],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.borders,
      type: "line",
      source: ids.borders,
      layout: { "line-join": "round" },
      paint: {
        "line-color": c.border,
        "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6, 6, 1, 9, 1.5],
        // Dashed while many borders share the screen, solid once a reader looks at one crossing.
        "line-dasharray": ["step", ["zoom"], ["literal", [3, 2]], 5, ["literal", [1, 0]]],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.countryLabels,
      type: "symbol",
      source: ids.labels,
      // From zoom 5 a country can fill the screen without its one label point in view.
      maxzoom: DETAIL_LABEL_MINZOOM,
      // Microstates would only be hidden by collisions at low zoom; drop them before placement.
      filter: ["step", ["zoom"], ["<=", ["get", "rank"], 90], 3, ["<=", ["get", "rank"], 110], 4, true],
      layout: labelLayout(6),
      paint: labelPaint,
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
      layout: labelLayout(28),
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

import type { Plugin } from "vite";

/*
 * maplibre-gl.css is 10 kB gzip of the first view, four fifths of it rules (mostly SVG icons as
 * data URIs, in light, dark and forced-colours variants) for MapLibre UI the explorer never creates.
 * This drops the rules whose every selector names one of these classes. MapLibre adds the classes
 * only when the matching control or object is created, and the app creates none of them:
 * src/map/use-maplibre-map.ts adds a NavigationControl with `showCompass: false` and an
 * AttributionControl, and leaves `maplibreLogo` at its default (false). Kept: the map, canvas,
 * control corners, zoom buttons, attribution, box zoom and cooperative-gesture rules.
 *
 * Adding a Popup, a Marker, a GeolocateControl, … means taking its entry out of UNUSED_MAPLIBRE_UI.
 * The build warns when the file changed so that nothing was dropped (a MapLibre upgrade renamed them).
 */

/** MapLibre class-name prefixes of UI the app never creates, with what creates them */
export const UNUSED_MAPLIBRE_UI: Readonly<Record<string, string>> = {
  "maplibregl-ctrl-logo": "LogoControl (map option maplibreLogo: true)",
  "maplibregl-ctrl-compass": "NavigationControl with showCompass (ours has showCompass: false)",
  "maplibregl-ctrl-geolocate": "GeolocateControl",
  "maplibregl-user-location": "GeolocateControl's dot and accuracy circle",
  "maplibregl-ctrl-fullscreen": "FullscreenControl",
  "maplibregl-ctrl-shrink": "FullscreenControl",
  "maplibregl-ctrl-terrain": "TerrainControl",
  "maplibregl-ctrl-globe": "GlobeControl",
  "maplibregl-ctrl-scale": "ScaleControl",
  "maplibregl-popup": "Popup",
  "maplibregl-marker": "Marker",
};

const NAMES = Object.keys(UNUSED_MAPLIBRE_UI).join("|");
/** A class selector of dropped UI: one of the names, or one of them followed by "-suffix" */
const CLASS = new RegExp(`\\.(?:${NAMES})(?:-[\\w-]+)?(?![\\w-])`);
const KEYFRAMES = new RegExp(`^@(?:-webkit-)?keyframes\\s+(?:${NAMES})(?![\\w])`);

/** Splits at commas outside parentheses and strings. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (quote) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (c === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** Index just past the block opened at `open` (a "{"), skipping strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let i = open; i < css.length; i += 1) {
    const c = css[i];
    if (quote) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth += 1;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  throw new Error("unbalanced braces in CSS");
}

/** `css` without the selectors (and then rules, @media blocks, @keyframes) that only serve UNUSED_MAPLIBRE_UI. Comments must be gone (the file is minified). */
export function dropUnusedMaplibreUi(css: string): string {
  let out = "";
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf("{", at);
    if (open === -1) {
      out += css.slice(at);
      break;
    }
    const end = blockEnd(css, open);
    const prelude = css.slice(at, open).trim();
    const body = css.slice(open + 1, end - 1);
    if (prelude.startsWith("@")) {
      if (KEYFRAMES.test(prelude)) {
        // an animation of dropped UI
      } else if (/^@(?:media|supports|layer|container)\b/.test(prelude)) {
        const inner = dropUnusedMaplibreUi(body);
        if (inner.trim()) out += `${prelude}{${inner}}`;
      } else {
        out += `${prelude}{${body}}`;
      }
    } else {
      const kept = splitSelectors(prelude).filter((s) => !CLASS.test(s));
      if (kept.length) out += `${kept.join(",")}{${body}}`;
    }
    at = end;
  }
  return out;
}

const MAPLIBRE_CSS = /[\\/]node_modules[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(?:\?|$)/;

export function slimMaplibreCss(): Plugin {
  return {
    name: "trade-corridors:slim-maplibre-css",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!MAPLIBRE_CSS.test(id)) return null;
      const slim = dropUnusedMaplibreUi(code);
      if (slim.length > code.length * 0.9) this.warn(`maplibre-gl.css: almost nothing dropped (${code.length} → ${slim.length} characters); did MapLibre rename its classes?`);
      return { code: slim, map: null };
    },
  };
}

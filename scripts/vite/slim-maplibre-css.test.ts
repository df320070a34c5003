import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dropUnusedMaplibreUi, UNUSED_MAPLIBRE_UI } from "./slim-maplibre-css";

const ROOT = join(import.meta.dirname, "../..");
const MAPLIBRE_CSS = readFileSync(join(ROOT, "node_modules/maplibre-gl/dist/maplibre-gl.css"), "utf8");

describe("dropUnusedMaplibreUi", () => {
  it("drops the selectors of unused UI, and a rule or block once nothing is left in it", () => {
    const css = [
      ".maplibregl-map{overflow:hidden}",
      ".maplibregl-ctrl-logo{width:88px}",
      ".maplibregl-ctrl-group button.maplibregl-ctrl-compass,.maplibregl-ctrl-zoom-in{cursor:pointer}",
      ".maplibregl-popup-anchor-top .maplibregl-popup-tip{border-top:none}",
      "@media(forced-colors:active){.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon{background:url(\"data:image/svg+xml;charset=utf-8,%3Csvg a='{,}'%3E\")}}",
      "@media(forced-colors:active){.maplibregl-ctrl-zoom-out{color:red}.maplibregl-ctrl-fullscreen{color:red}}",
      "@keyframes maplibregl-user-location-dot-pulse{0%{opacity:1}to{opacity:0}}",
      "@keyframes maplibregl-spin{0%{transform:rotate(0)}}",
      ".maplibregl-ctrl-scale-ish,.maplibregl-marker{color:blue}",
    ].join("");
    expect(dropUnusedMaplibreUi(css)).toBe(
      [
        ".maplibregl-map{overflow:hidden}",
        ".maplibregl-ctrl-zoom-in{cursor:pointer}",
        "@media(forced-colors:active){.maplibregl-ctrl-zoom-out{color:red}}",
        "@keyframes maplibregl-spin{0%{transform:rotate(0)}}",
      ].join(""),
    );
  });

  it("keeps what the app's map shows and drops about four fifths of maplibre-gl.css", () => {
    const slim = dropUnusedMaplibreUi(MAPLIBRE_CSS);
    for (const kept of [".maplibregl-map", ".maplibregl-canvas", ".maplibregl-ctrl-top-left", ".maplibregl-ctrl-bottom-right", ".maplibregl-ctrl-zoom-in", ".maplibregl-ctrl-zoom-out", ".maplibregl-ctrl-attrib-button", ".maplibregl-compact", ".maplibregl-boxzoom", ".maplibregl-cooperative-gesture-screen"]) {
      expect(slim, kept).toContain(kept);
    }
    for (const name of Object.keys(UNUSED_MAPLIBRE_UI)) {
      expect(MAPLIBRE_CSS, `${name} is no longer in maplibre-gl.css: MapLibre renamed it`).toContain(`.${name}`);
      expect(slim).not.toContain(`.${name}`);
    }
    expect(slim.length).toBeLessThan(MAPLIBRE_CSS.length * 0.2);
  });
});

// A tripwire for the list above: the app creates none of that UI. Adding one means taking its entry
// out of UNUSED_MAPLIBRE_UI (scripts/vite/slim-maplibre-css.ts).
describe("the app creates none of the MapLibre UI whose CSS is dropped", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });

  it("has no Popup, Marker, geolocate, fullscreen, scale, terrain, globe or logo control, and no compass", () => {
    for (const file of sources(join(ROOT, "src"))) {
      const code = readFileSync(file, "utf8");
      const where = relative(ROOT, file);
      expect(/\b(?:Popup|Marker|GeolocateControl|FullscreenControl|ScaleControl|TerrainControl|GlobeControl|LogoControl)\b/.test(code), where).toBe(false);
      expect(/maplibreLogo\s*:\s*true|showCompass\s*:\s*true/.test(code), where).toBe(false);
    }
  });
});

import type { FlowMode } from "../data/frames/resolve-drawing";
import type { CompiledPackage } from "../data/model";
import { formatMonth, parsePeriodPoint, type MonthIndex } from "../data/month";
import { LANGUAGE_CODE, type Language } from "../i18n/i18n";
import type { ColorBy, Theme } from "../map/layers/palette";
import { TOP_N_CHOICES, type DataView, type FlowFilters, type LayerVisibility, type Selection } from "../state/store";

/**
 * Every view is a link: the query string holds the month, metric, pinned selection, camera, colour
 * scheme, layers, theme, language, playback, filters and data package. Values are read through
 * allow-lists: a bad one is dropped and named in a notice, never half-used, and the rest still
 * applies. The same module writes the state back.
 */
export interface UrlView {
  dataUrl: string | null;
  styleUrl: string | null;
  theme: Theme | null;
  lang: Language | null;
  colorBy: ColorBy | null;
  layers: LayerVisibility | null;
  play: boolean | null;
  animate: boolean | null;
  embed: boolean;
  /** The table in place of the map (`show=table`) */
  show: DataView | null;
  camera: { center: [number, number]; zoom: number } | null;
  /** Checked against the package once it has loaded */
  month: string | null;
  metric: string | null;
  selection: string | null;
  partner: string | null;
  port: string | null;
  mode: FlowMode | null;
  topN: number | null;
}

/** A parameter the explorer could not use, for the notice: `{ name: "month", value: "2023-13" }`. */
export interface IgnoredParam {
  name: string;
  value: string;
}

export const KNOWN_PARAMS = ["data", "style", "theme", "lang", "color", "layers", "play", "anim", "embed", "show", "view", "month", "metric", "sel", "partner", "port", "mode", "top"] as const;
const LAYER_NAMES: readonly (keyof LayerVisibility)[] = ["flows", "places", "routes", "zones"];
const ID = /^[A-Za-z0-9_|.:-]{1,300}$/;

function httpUrl(value: string, pageUrl: string): string | null {
  try {
    const url = new URL(value, pageUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A data package: a compiled .json, a .zip, or a folder (ending in "/"), on this site or on an https
 * host that allows it (CORS). The bundled data makes no request elsewhere; only a link asking for
 * another package does, and its text is only ever checked and shown as text.
 */
function packageUrl(value: string, pageUrl: string): string | null {
  try {
    const url = new URL(value, pageUrl);
    const sameOrigin = url.origin === new URL(pageUrl).origin;
    const shape = /\.(json|zip)$/i.test(url.pathname) || url.pathname.endsWith("/");
    return shape && (sameOrigin || url.protocol === "https:") ? url.href : null;
  } catch {
    return null;
  }
}

const oneOf = <T extends string>(list: readonly T[], value: string): T | null => (list as readonly string[]).includes(value) ? (value as T) : null;
const flag = (value: string): boolean | null => (value === "1" ? true : value === "0" ? false : null);

function camera(value: string): UrlView["camera"] {
  const parts = value.split(",").map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || lon === undefined || lat === undefined || zoom === undefined || !parts.every(Number.isFinite)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { center: [lon, lat], zoom };
}

function layers(value: string): LayerVisibility | null {
  const names = value === "" ? [] : value.split(",");
  if (!names.every((n) => (LAYER_NAMES as readonly string[]).includes(n))) return null;
  return { flows: names.includes("flows"), places: names.includes("places"), routes: names.includes("routes"), zones: names.includes("zones") };
}

export function parseUrlView(search: string, pageUrl: string): { view: UrlView; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const read = <T>(name: string, check: (value: string) => T | null): T | null => {
    const value = params.get(name);
    if (value === null) return null;
    const result = value.length <= 2000 ? check(value) : null;
    if (result === null) ignored.push({ name, value: value.slice(0, 80) });
    return result;
  };
  const idParam = (name: string) => read(name, (v) => (ID.test(v) ? v : null));
  const view: UrlView = {
    dataUrl: read("data", (v) => packageUrl(v, pageUrl)),
    styleUrl: read("style", (v) => httpUrl(v, pageUrl)),
    theme: read("theme", (v) => oneOf<Theme>(["light", "dark"], v)),
    lang: read("lang", (v): Language | null => (LANGUAGE_CODE.test(v) ? v : null)),
    colorBy: read("color", (v) => oneOf<ColorBy>(["direction", "mode"], v)),
    layers: read("layers", layers),
    play: read("play", flag),
    animate: read("anim", flag),
    embed: read("embed", flag) ?? false,
    show: read("show", (v) => oneOf<DataView>(["map", "table"], v)),
    camera: read("view", camera),
    month: read("month", (v) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : null)),
    metric: idParam("metric"),
    selection: read("sel", (v) => (/^(place|zone|route|flow|total):/.test(v) && ID.test(v) ? v : null)),
    partner: idParam("partner"),
    port: idParam("port"),
    mode: read("mode", (v): FlowMode | null => (/^[a-z][a-z0-9_-]{0,40}$/.test(v) ? v : null)),
    topN: read("top", (v) => TOP_N_CHOICES.find((n) => String(n) === v) ?? null),
  };
  for (const name of params.keys()) if (!(KNOWN_PARAMS as readonly string[]).includes(name)) ignored.push({ name, value: (params.get(name) ?? "").slice(0, 80) });
  return { view, ignored };
}

/** What the link says that only the package can confirm: a month on its timeline, its metric, its ids. */
export interface PackageView {
  month?: MonthIndex;
  metric?: string;
  selection?: Selection;
  filters: Partial<FlowFilters>;
}

export function applyToPackage(view: UrlView, data: CompiledPackage, timeline: readonly MonthIndex[]): { result: PackageView; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const result: PackageView = { filters: {} };
  if (view.month !== null) {
    const month = parsePeriodPoint(view.month)?.month;
    if (month !== undefined && timeline.includes(month)) result.month = month;
    else ignored.push({ name: "month", value: view.month });
  }
  if (view.metric !== null) {
    if (data.dataset.metrics.some((m) => m.id === view.metric)) result.metric = view.metric;
    else ignored.push({ name: "metric", value: view.metric });
  }
  if (view.selection !== null) {
    const [type, ...rest] = view.selection.split(":");
    const id = rest.join(":");
    const exists =
      type === "place" ? data.places.some((p) => p.id === id) : type === "zone" ? data.zones.some((z) => z.id === id) : type === "route" ? data.routes.some((r) => r.id === id) : data.series.some((s) => s.key === id);
    if (exists && (type === "place" || type === "zone" || type === "route" || type === "flow" || type === "total")) result.selection = { type, id };
    else ignored.push({ name: "sel", value: view.selection });
  }
  for (const name of ["partner", "port"] as const) {
    const id = view[name];
    if (id === null) continue;
    if (data.places.some((p) => p.id === id)) result.filters[name] = id;
    else ignored.push({ name, value: id });
  }
  if (view.mode !== null) result.filters.mode = view.mode;
  if (view.topN !== null) result.filters.topN = view.topN;
  return { result, ignored };
}

/** The state a link must carry; defaults are left out so that links stay short. */
export interface ViewState {
  dataUrl: string | null;
  styleUrl: string | null;
  theme: Theme;
  lang: Language;
  colorBy: ColorBy;
  layers: LayerVisibility;
  playing: boolean;
  animate: boolean;
  embed: boolean;
  show: DataView;
  camera: { center: [number, number]; zoom: number } | null;
  month: MonthIndex | null;
  metric: string;
  defaultMetric: string;
  pinned: Selection | null;
  filters: FlowFilters;
}

export function serializeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.dataUrl) params.set("data", state.dataUrl);
  if (state.styleUrl) params.set("style", state.styleUrl);
  if (state.embed) params.set("embed", "1");
  if (state.show === "table") params.set("show", "table");
  if (state.month !== null) params.set("month", formatMonth(state.month));
  if (state.metric && state.metric !== state.defaultMetric) params.set("metric", state.metric);
  if (state.pinned) params.set("sel", `${state.pinned.type}:${state.pinned.id}`);
  if (state.camera) params.set("view", `${state.camera.center[0].toFixed(3)},${state.camera.center[1].toFixed(3)},${state.camera.zoom.toFixed(2)}`);
  if (state.filters.partner) params.set("partner", state.filters.partner);
  if (state.filters.port) params.set("port", state.filters.port);
  if (state.filters.mode) params.set("mode", state.filters.mode);
  if (state.filters.topN) params.set("top", String(state.filters.topN));
  if (state.colorBy !== "direction") params.set("color", state.colorBy);
  const hidden = LAYER_NAMES.filter((l) => !state.layers[l]);
  if (hidden.length > 0) params.set("layers", LAYER_NAMES.filter((l) => state.layers[l]).join(","));
  params.set("theme", state.theme);
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.playing) params.set("play", "1");
  if (state.animate) params.set("anim", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}

import { create } from "zustand";
import type { Frames } from "../data/frames/build-frames";
import type { FlowMode } from "../data/frames/resolve-drawing";
import type { CompiledPackage } from "../data/model";
import type { Problem } from "../data/problems";
import type { MonthIndex } from "../data/month";
import type { Language } from "../i18n/i18n";
import type { ColorBy, Theme } from "../map/layers/palette";

export type LoadStatus =
  | { state: "loading" }
  | { state: "checking"; stage: string; done: number }
  | { state: "ready" }
  | { state: "error"; message: string };

/** What opening a package the reader chose (a drop, a file, a link to a raw package) found. */
export interface PackageReport {
  name: string;
  problems: Problem[];
  /** Files that are not part of the format */
  ignored: string[];
  /** Rows and features left out because of an error */
  rejected: number;
}

/** Something on the map a reader can hover or pin. Flows, corridors and totals are named by their series key. */
export type Selection =
  | { type: "place"; id: string }
  | { type: "zone"; id: string }
  | { type: "route"; id: string }
  | { type: "flow"; id: string }
  | { type: "total"; id: string };

export interface LayerVisibility {
  zones: boolean;
  routes: boolean;
  places: boolean;
  flows: boolean;
}

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const TOP_N_CHOICES = [3, 5, 10, 20] as const;

/** Which flows are shown: by partner, by port, by mode, and only the N largest. Null means no filter. */
export interface FlowFilters {
  partner: string | null;
  port: string | null;
  mode: FlowMode | null;
  topN: number | null;
}

/** A short message about what the explorer just did for the reader, e.g. moving to a month with data. */
export type Notice = { kind: "moved-to-data"; metric: string; from: MonthIndex; to: MonthIndex } | { kind: "no-data"; metric: string };

/** Several places under one tap: the reader picks one. */
export interface PlaceChooser {
  placeIds: string[];
  point: { x: number; y: number };
}

/** A camera move the map should make once (a search result, a keyboard command); `key` tells two apart. */
export type CameraRequest = ({ center: [number, number]; zoom?: number } | { bounds: [[number, number], [number, number]] }) & { key: number };

/** A link parameter the explorer could not use: named in a small notice, never breaking the page. */
export interface IgnoredParam {
  name: string;
  value: string;
}

/** What stands for the map: the map itself, or the table of the month (also what a reader without WebGL gets). */
export type DataView = "map" | "table";

/** Whether the map can be drawn: `unavailable` without WebGL, `failing` when it kept losing its context. */
export type MapStatus = "ok" | "unavailable" | "failing";

export interface ExplorerState {
  status: LoadStatus;
  data: CompiledPackage | null;
  /** Per-metric month-major arrays, derived once from data when it loads. */
  frames: Frames | null;
  month: MonthIndex | null;
  /** The month shown before the last step: arc widths ease from it. */
  previousMonth: MonthIndex | null;
  metric: string;
  playing: boolean;
  /** Months per second */
  speed: PlaySpeed;
  hovered: Selection | null;
  /** Where the pointer is, in map pixels, for the hover card */
  hoverPoint: { x: number; y: number } | null;
  pinned: Selection | null;
  chooser: PlaceChooser | null;
  panelOpen: boolean;
  theme: Theme;
  /** The interface language; place names follow it where the package has them */
  lang: Language;
  colorBy: ColorBy;
  layers: LayerVisibility;
  filters: FlowFilters;
  /** Moving dashes along flows (flowmap.blue's animated mode) */
  animateFlows: boolean;
  /** The reader asked for less motion: no easing, no dashes, no autoplay. */
  reducedMotion: boolean;
  notice: Notice | null;
  cameraRequest: CameraRequest | null;
  /** Where the map looks, as last reported by it: written into links */
  camera: { center: [number, number]; zoom: number } | null;
  /** The camera a link asked for, applied when the map first appears */
  initialCamera: { center: [number, number]; zoom: number } | null;
  show: DataView;
  mapStatus: MapStatus;
  /**
   * The opening view is on screen: the map's first idle with the package drawn (or a few seconds
   * after the package loaded, whichever comes first). What only scrolling or a screen reader reaches
   * is rendered after it, so it does not compete with the map for a phone's main thread.
   */
  firstViewDrawn: boolean;
  /** Compact chrome for an iframe on a news page (`?embed=1`) */
  embed: boolean;
  /** The data package's URL when it is not the bundled one: kept in links */
  dataUrl: string | null;
  ignoredParams: IgnoredParam[];
  packageReport: PackageReport | null;
  /** A MapLibre style the reader asked for by URL (already checked against the allow-list) */
  styleUrl: string | null;
}

export const NO_FILTERS: FlowFilters = { partner: null, port: null, mode: null, topN: null };

export const INITIAL_STATE: ExplorerState = {
  status: { state: "loading" },
  data: null,
  frames: null,
  month: null,
  previousMonth: null,
  metric: "",
  playing: false,
  speed: 1,
  hovered: null,
  hoverPoint: null,
  pinned: null,
  chooser: null,
  panelOpen: true,
  theme: "light",
  lang: "en",
  colorBy: "direction",
  layers: { zones: true, routes: true, places: true, flows: true },
  filters: NO_FILTERS,
  animateFlows: false,
  reducedMotion: false,
  notice: null,
  cameraRequest: null,
  camera: null,
  initialCamera: null,
  show: "map",
  mapStatus: "ok",
  firstViewDrawn: false,
  embed: false,
  dataUrl: null,
  ignoredParams: [],
  packageReport: null,
  styleUrl: null,
};

export const useExplorerStore = create<ExplorerState>()(() => INITIAL_STATE);

import { create } from "zustand";
import type { Frames } from "../data/frames/build-frames";
import type { CompiledPackage } from "../data/model";
import type { MonthIndex } from "../data/month";
import type { ColorBy, Theme } from "../map/layers/palette";

export type LoadStatus = { state: "loading" } | { state: "ready" } | { state: "error"; message: string };

/** Something on the map a reader can hover or pin. Flows and totals are named by their series key. */
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

export interface ExplorerState {
  status: LoadStatus;
  data: CompiledPackage | null;
  /** Per-metric month-major arrays, derived once from data when it loads. */
  frames: Frames | null;
  month: MonthIndex | null;
  metric: string;
  playing: boolean;
  /** Months per second */
  speed: PlaySpeed;
  hovered: Selection | null;
  /** Where the pointer is, in map pixels, for the hover card */
  hoverPoint: { x: number; y: number } | null;
  pinned: Selection | null;
  panelOpen: boolean;
  theme: Theme;
  colorBy: ColorBy;
  layers: LayerVisibility;
  /** A MapLibre style the reader asked for by URL (already checked against the allow-list) */
  styleUrl: string | null;
}

export const INITIAL_STATE: ExplorerState = {
  status: { state: "loading" },
  data: null,
  frames: null,
  month: null,
  metric: "",
  playing: false,
  speed: 1,
  hovered: null,
  hoverPoint: null,
  pinned: null,
  panelOpen: true,
  theme: "light",
  colorBy: "direction",
  layers: { zones: true, routes: true, places: true, flows: true },
  styleUrl: null,
};

export const useExplorerStore = create<ExplorerState>()(() => INITIAL_STATE);

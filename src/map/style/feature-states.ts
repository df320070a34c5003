import type { Corridor, Flow, PlaceTotal } from "../../data/frames/build-frames";
import type { MonthIndex } from "../../data/month";
import type { Route, Zone } from "../../data/model";
import { routePhaseAt, zoneExistsAt } from "../../data/time-status";
import { FLOW_STATE } from "../../state/selectors/flow-state";
import type { Selection } from "../../state/store";
import type { PackedMetric } from "../layers/pack-metric";
import { DATA_SOURCE_IDS as S, type DrawnPlace } from "./data-sources";
import { ROUTE_PHASE_CODE } from "./data-layers";

/** One MapLibre feature state to set: what the month, the filters and the focus make of a feature. */
export interface StateUpdate {
  source: string;
  id: number;
  state: Record<string, number | boolean>;
}

/** Zones exist from their establishment, routes go planned → under construction → operating; places dim with the focus. */
export function timeStates(month: MonthIndex, zones: readonly Zone[], routes: readonly Route[], places: readonly DrawnPlace[], pinned: Selection | null, placeFocus: Float32Array): StateUpdate[] {
  const updates: StateUpdate[] = [];
  zones.forEach((z, id) => updates.push({ source: S.zones, id, state: { on: zoneExistsAt(z, month), hi: pinned?.type === "zone" && pinned.id === z.id } }));
  routes.forEach((r, id) => updates.push({ source: S.routes, id, state: { phase: ROUTE_PHASE_CODE[routePhaseAt(r, month)], hi: pinned?.type === "route" && pinned.id === r.id } }));
  // Whether a place is open yet shows in its symbol (layers/markers-layer.ts); its name dims with the focus.
  places.forEach((_, id) => updates.push({ source: S.places, id, state: { focus: placeFocus[id] ?? FLOW_STATE.normal } }));
  return updates;
}

const eased = (from: number, to: number, t: number) => (Number.isFinite(from) ? from : 0) + ((Number.isFinite(to) ? to : 0) - (Number.isFinite(from) ? from : 0)) * t;

export interface FlowStateInput {
  packed: PackedMetric;
  /** Month offsets eased from and to, and how far along (0–1) */
  fromOffset: number;
  toOffset: number;
  t: number;
  corridorStates: Float32Array;
  totalStates: Float32Array;
}

/** Two-way traffic runs in the middle of a corridor; exports on one side of it, imports on the other. */
const LANE_SIDE: Readonly<Record<string, number>> = { both: 0, export: 1, import: -1 };
const LANE_GAP_PX = 1.5;

/**
 * How far each corridor is drawn off its route's centre line (MapLibre `line-offset`), so that a
 * port's exports, imports and two-way figures lie side by side instead of on top of each other.
 */
export function laneOffsets(corridors: readonly Pick<Corridor, "routeId" | "through" | "direction">[], widths: ArrayLike<number>): Float32Array {
  const offsets = new Float32Array(corridors.length);
  const middle = new Map<string, number>();
  const bundle = (c: Pick<Corridor, "routeId" | "through">) => `${c.routeId ?? "stub"}:${c.through}`;
  corridors.forEach((c, i) => {
    if (c.direction === "both") middle.set(bundle(c), Number(widths[i]) || 0);
  });
  corridors.forEach((c, i) => {
    const side = LANE_SIDE[c.direction] ?? 0;
    if (side === 0) return;
    const centre = middle.get(bundle(c));
    const own = Number(widths[i]) || 0;
    offsets[i] = side * ((centre ?? 0) / 2 + own / 2 + (centre !== undefined ? LANE_GAP_PX : LANE_GAP_PX / 2));
  });
  return offsets;
}

/** Widths of the corridors and radii of the totals for a month (eased while playing), with their focus states. */
export function flowFeatureStates(input: FlowStateInput): StateUpdate[] {
  const { packed, fromOffset, toOffset, t } = input;
  const updates: StateUpdate[] = [];
  const corridors = packed.corridors?.items ?? [];
  const n = corridors.length;
  const widths = new Float32Array(n);
  for (let i = 0; i < n; i += 1) widths[i] = eased(packed.corridorWidths[fromOffset * n + i] ?? 0, packed.corridorWidths[toOffset * n + i] ?? 0, t);
  const offsets = laneOffsets(corridors, widths);
  for (let i = 0; i < n; i += 1) {
    const to = packed.corridorWidths[toOffset * n + i] ?? 0;
    const w = widths[i] ?? 0;
    const state = input.corridorStates[i] ?? FLOW_STATE.normal;
    updates.push({ source: S.corridors, id: i, state: { w, state, offset: offsets[i] ?? 0 } });
    updates.push({ source: S.corridorEnds, id: i, state: { on: to > 0 && state !== FLOW_STATE.hidden && t >= 1 } });
  }
  const totals = packed.totals?.items ?? [];
  const m = totals.length;
  for (let i = 0; i < m; i += 1) {
    const r = eased(packed.totalRadii[fromOffset * m + i] ?? 0, packed.totalRadii[toOffset * m + i] ?? 0, t);
    updates.push({ source: S.totals, id: i, state: { r, state: input.totalStates[i] ?? FLOW_STATE.normal } });
  }
  return updates;
}

/** The groups arcs are drawn to, once each: their anchor gets a label while an arc to it is drawn. */
export function groupAnchors(flows: readonly Flow[], groupName: (id: string) => string | undefined): { id: string; name: string; position: [number, number]; flows: number[] }[] {
  const byGroup = new Map<string, { id: string; name: string; position: [number, number]; flows: number[] }>();
  flows.forEach((f, i) => {
    const name = groupName(f.destination);
    if (name === undefined) return;
    const entry = byGroup.get(f.destination) ?? { id: f.destination, name, position: f.target, flows: [] };
    entry.flows.push(i);
    byGroup.set(f.destination, entry);
  });
  return [...byGroup.values()];
}

export function anchorStates(anchors: readonly { flows: number[] }[], flowWidths: Float32Array, flowCount: number, monthOffset: number, states: Float32Array): StateUpdate[] {
  return anchors.map((a, id) => ({
    source: S.anchors,
    id,
    state: { on: a.flows.some((i) => (flowWidths[monthOffset * flowCount + i] ?? 0) > 0 && states[i] !== FLOW_STATE.hidden) },
  }));
}

/** With something pinned, places not at either end of its flows are dimmed. */
export function placeFocusStates(places: readonly DrawnPlace[], highlighted: readonly (Flow | Corridor | PlaceTotal)[], pinned: Selection | null): Float32Array {
  const focus = new Float32Array(places.length);
  if (!pinned || highlighted.length === 0) return focus;
  const involved = new Set<string>(pinned.type === "place" ? [pinned.id] : []);
  for (const item of highlighted) {
    involved.add(item.origin);
    involved.add(item.destination);
    if ("through" in item) involved.add(item.through);
  }
  places.forEach((p, i) => (focus[i] = involved.has(p.id) ? FLOW_STATE.normal : FLOW_STATE.dimmed));
  return focus;
}

import type { CompiledPackage, Direction, Place, Series } from "../model";
import { monthRange, type MonthIndex } from "../month";
import { methodCode } from "./method-codes";
import { countryAnchors, flowMode, resolveSeriesGeometry, type FlowMode } from "./resolve-endpoints";

/** One drawn arc: a series between two points. */
export interface Flow {
  seriesKey: string;
  metric: string;
  origin: string;
  destination: string;
  /** The place the arc is drawn to (the destination, or the neighbouring country for a port's total). */
  drawnTo: string;
  toIsNeighbour: boolean;
  direction: Direction;
  subject?: string;
  mode: FlowMode;
  source: [number, number];
  target: [number, number];
}

/** One drawn circle: a series that has no second point (a total for all partners). */
export interface PlaceTotal {
  seriesKey: string;
  metric: string;
  place: string;
  subject?: string;
  position: [number, number];
}

/**
 * Values of one metric for every month, month-major (values[month * count + item]), so that a
 * month step hands the map one contiguous slice instead of recomputing anything.
 */
export interface MetricFrames<T> {
  items: T[];
  /** NaN where the month is a gap */
  values: Float32Array;
  /** METHOD_CODE per value */
  methods: Uint8Array;
  /** Largest value over the whole time range: scales are locked to it so months compare honestly. */
  maxValue: number;
}

export interface Frames {
  months: MonthIndex[];
  flows: Map<string, MetricFrames<Flow>>;
  totals: Map<string, MetricFrames<PlaceTotal>>;
}

function fillFrames<T>(items: T[], series: Series[], months: MonthIndex[]): MetricFrames<T> {
  const count = items.length;
  const values = new Float32Array(months.length * count).fill(Number.NaN);
  const methods = new Uint8Array(months.length * count);
  const first = months[0] ?? 0;
  let maxValue = 0;
  series.forEach((s, item) => {
    for (const cell of s.values) {
      const m = cell.month - first;
      // A negative month means the published totals disagree: it is flagged, never drawn.
      if (m < 0 || m >= months.length || cell.negative) continue;
      values[m * count + item] = cell.value;
      methods[m * count + item] = methodCode(cell.method);
      if (cell.value > maxValue) maxValue = cell.value;
    }
  });
  return { items, values, methods, maxValue };
}

/** Prefers official series (no subject) and, among several for one drawing, the one covering most months. */
function pickPerDrawing<T>(candidates: { key: string; series: Series; item: T }[]): { series: Series; item: T }[] {
  const best = new Map<string, { series: Series; item: T }>();
  const rank = (s: Series) => (s.subject ? 0 : 1e6) + s.values.length;
  for (const c of candidates) {
    const current = best.get(c.key);
    if (!current || rank(c.series) > rank(current.series)) best.set(c.key, { series: c.series, item: c.item });
  }
  return [...best.values()];
}

/**
 * Precomputes, per metric, the arcs and circles to draw and their value for every month. Series
 * that end up on the same drawing (same metric, same points) keep one representative: the official
 * one; the others remain available to panels through the series list.
 */
export function buildFrames(data: Pick<CompiledPackage, "places" | "series" | "timeline">): Frames {
  const months = data.timeline ? monthRange(data.timeline[0], data.timeline[1]) : [];
  const placesById = new Map<string, Place>(data.places.map((p) => [p.id, p]));
  const anchors = countryAnchors(data.places);
  const flowCandidates = new Map<string, { key: string; series: Series; item: Flow }[]>();
  const totalCandidates = new Map<string, { key: string; series: Series; item: PlaceTotal }[]>();
  const push = <T>(map: Map<string, T[]>, metric: string, value: T) => {
    const list = map.get(metric);
    if (list) list.push(value);
    else map.set(metric, [value]);
  };
  const [firstMonth, lastMonth] = data.timeline ?? [0, -1];
  for (const s of data.series) {
    // A series with nothing inside the timeline would only add empty arcs.
    if (!s.values.some((v) => v.month >= firstMonth && v.month <= lastMonth)) continue;
    const geometry = resolveSeriesGeometry(s, placesById, anchors);
    const subject = s.subject !== undefined ? { subject: s.subject } : {};
    if (geometry.kind === "arc") {
      const flow: Flow = {
        seriesKey: s.key,
        metric: s.metric,
        origin: s.origin,
        destination: s.destination,
        drawnTo: geometry.to.id,
        toIsNeighbour: geometry.toIsNeighbour,
        direction: s.direction,
        ...subject,
        mode: flowMode(s.metric, geometry.from),
        source: geometry.from.coordinates,
        target: geometry.to.coordinates,
      };
      push(flowCandidates, s.metric, { key: `${geometry.from.id}>${geometry.to.id}|${s.direction}`, series: s, item: flow });
    } else if (geometry.kind === "circle") {
      const total: PlaceTotal = { seriesKey: s.key, metric: s.metric, place: geometry.at.id, ...subject, position: geometry.at.coordinates };
      push(totalCandidates, s.metric, { key: geometry.at.id, series: s, item: total });
    }
  }
  const flows = new Map<string, MetricFrames<Flow>>();
  for (const [metric, candidates] of flowCandidates) {
    const picked = pickPerDrawing(candidates);
    flows.set(metric, fillFrames(picked.map((p) => p.item), picked.map((p) => p.series), months));
  }
  const totals = new Map<string, MetricFrames<PlaceTotal>>();
  for (const [metric, candidates] of totalCandidates) {
    const picked = pickPerDrawing(candidates);
    totals.set(metric, fillFrames(picked.map((p) => p.item), picked.map((p) => p.series), months));
  }
  return { months, flows, totals };
}

/** The slice of a month-major array for one month: no copy. */
export function monthSlice<A extends Float32Array | Uint8Array>(array: A, monthOffset: number, count: number): A {
  return array.subarray(monthOffset * count, (monthOffset + 1) * count) as A;
}

import type { CompiledPackage, Direction, Place, Route, Series } from "../model";
import { monthRange, type MonthIndex } from "../month";
import type { LonLat } from "./corridor-path";
import { corridorPathsFrom } from "./corridor-path-table";
import { methodCode } from "./method-codes";
import { countryAnchors, flowMode, resolveDrawing, type Drawing, type FlowMode } from "./resolve-drawing";

interface DrawnSeries {
  seriesKey: string;
  metric: string;
  origin: string;
  destination: string;
  direction: Direction;
  subject?: string;
}

/** An arc between two located places. */
export interface Flow extends DrawnSeries {
  mode: FlowMode;
  source: LonLat;
  target: LonLat;
}

/** A port's or a corridor's figure, drawn along its route through the place it is counted at. */
export interface Corridor extends DrawnSeries {
  mode: FlowMode;
  /** Undefined for a short stroke through a port whose route is not in the package */
  routeId?: string;
  through: string;
  path: LonLat[];
  /** ISO alpha-3 of the country the drawing ends in ("<country> and beyond") */
  beyondCountry?: string;
}

/** A total with all partners: a circle at its place. */
export interface PlaceTotal extends DrawnSeries {
  place: string;
  position: LonLat;
}

/** A series that is not drawn, and why: it is named in the list beside the map. */
export interface ListedSeries extends DrawnSeries {
  reason: { kind: "shares"; with: string } | { kind: "no-position" };
}

/**
 * Values of one metric for every month, month-major (values[month * count + item]), so that a
 * month step hands the map one contiguous slice instead of recomputing anything.
 */
export interface MetricFrames<T> {
  items: T[];
  /** NaN where the month is a gap or is not drawn (negative) */
  values: Float32Array;
  /** METHOD_CODE per value */
  methods: Uint8Array;
  /** Largest value over the whole time range: scales are locked to it so months compare honestly. */
  maxValue: number;
}

export interface Frames {
  months: MonthIndex[];
  flows: Map<string, MetricFrames<Flow>>;
  corridors: Map<string, MetricFrames<Corridor>>;
  totals: Map<string, MetricFrames<PlaceTotal>>;
  listed: Map<string, MetricFrames<ListedSeries>>;
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
      if (m < 0 || m >= months.length) continue;
      methods[m * count + item] = methodCode(cell);
      // A negative month means the published totals disagree: it is flagged, never drawn.
      if (cell.negative) continue;
      values[m * count + item] = cell.value;
      if (cell.value > maxValue) maxValue = cell.value;
    }
  });
  return { items, values, methods, maxValue };
}

/** Official series (no subject) first, then the one covering most months: it gets the drawing. */
const rank = (s: Series) => (s.subject ? 0 : 1e6) + s.values.length;

type Candidate = { series: Series; drawing: Drawing };

function drawnSeries(s: Series): DrawnSeries {
  return { seriesKey: s.key, metric: s.metric, origin: s.origin, destination: s.destination, direction: s.direction, ...(s.subject !== undefined ? { subject: s.subject } : {}) };
}

class MetricBuilder {
  flows: { item: Flow; series: Series }[] = [];
  corridors: { item: Corridor; series: Series }[] = [];
  totals: { item: PlaceTotal; series: Series }[] = [];
  listed: { item: ListedSeries; series: Series }[] = [];
}

/**
 * Precomputes, per metric, what is drawn and its value for every month: arcs, corridors along
 * routes, circles for totals, and the list of series that cannot be drawn. Every series with a value
 * on the timeline ends up in exactly one of them: nothing is dropped silently.
 */
export function buildFrames(data: Pick<CompiledPackage, "dataset" | "places" | "routes" | "series" | "timeline" | "corridorPaths">): Frames {
  const months = data.timeline ? monthRange(data.timeline[0], data.timeline[1]) : [];
  const placesById = new Map<string, Place>(data.places.map((p) => [p.id, p]));
  const routesById = new Map<string, Route>(data.routes.map((r) => [r.id, r]));
  const metrics = new Map(data.dataset.metrics.map((m) => [m.id, m]));
  const corridorPaths = corridorPathsFrom(data.corridorPaths, placesById) ?? new Map();
  const ctx = { placesById, routesById, anchors: countryAnchors(data.places), corridorPaths };
  const [firstMonth, lastMonth] = data.timeline ?? [0, -1];
  const byMetric = new Map<string, Map<string, Candidate[]>>();
  const builders = new Map<string, MetricBuilder>();
  const builderOf = (metric: string) => {
    const existing = builders.get(metric);
    if (existing) return existing;
    const created = new MetricBuilder();
    builders.set(metric, created);
    return created;
  };
  for (const s of data.series) {
    // A series with nothing inside the timeline has nothing to draw or list on it.
    if (!s.values.some((v) => v.month >= firstMonth && v.month <= lastMonth)) continue;
    const drawing = resolveDrawing(s, ctx);
    if (drawing.kind === "none") {
      builderOf(s.metric).listed.push({ item: { ...drawnSeries(s), reason: { kind: "no-position" } }, series: s });
      continue;
    }
    const drawings = byMetric.get(s.metric) ?? new Map<string, Candidate[]>();
    byMetric.set(s.metric, drawings);
    drawings.set(drawing.key, [...(drawings.get(drawing.key) ?? []), { series: s, drawing }]);
  }
  for (const [metric, drawings] of byMetric) {
    const builder = builderOf(metric);
    for (const candidates of drawings.values()) {
      const [winner, ...others] = [...candidates].sort((a, b) => rank(b.series) - rank(a.series));
      if (!winner) continue;
      for (const other of others) builder.listed.push({ item: { ...drawnSeries(other.series), reason: { kind: "shares", with: winner.series.key } }, series: other.series });
      const base = drawnSeries(winner.series);
      const { drawing, series } = winner;
      const mode = flowMode(metrics.get(metric), drawing, placesById.get(series.origin));
      if (drawing.kind === "arc") builder.flows.push({ item: { ...base, mode, source: drawing.from.coordinates, target: drawing.to.coordinates }, series });
      else if (drawing.kind === "corridor") {
        builder.corridors.push({
          item: {
            ...base,
            mode,
            ...(drawing.route ? { routeId: drawing.route.id } : {}),
            through: drawing.through.id,
            path: drawing.path,
            ...(drawing.beyondCountry ? { beyondCountry: drawing.beyondCountry } : {}),
          },
          series,
        });
      } else if (drawing.kind === "total") builder.totals.push({ item: { ...base, place: drawing.at.id, position: drawing.at.coordinates }, series });
    }
  }
  const frames: Frames = { months, flows: new Map(), corridors: new Map(), totals: new Map(), listed: new Map() };
  const fill = <T>(entries: { item: T; series: Series }[]) => fillFrames(entries.map((e) => e.item), entries.map((e) => e.series), months);
  for (const [metric, b] of builders) {
    if (b.flows.length > 0) frames.flows.set(metric, fill(b.flows));
    if (b.corridors.length > 0) frames.corridors.set(metric, fill(b.corridors));
    if (b.totals.length > 0) frames.totals.set(metric, fill(b.totals));
    if (b.listed.length > 0) frames.listed.set(metric, fill(b.listed));
  }
  return frames;
}

/** The slice of a month-major array for one month: no copy. */
export function monthSlice<A extends Float32Array | Uint8Array>(array: A, monthOffset: number, count: number): A {
  return array.subarray(monthOffset * count, (monthOffset + 1) * count) as A;
}

/** One width scale for arcs and corridors of a metric, so a corridor and an arc of equal value look equal. */
export function flowMaximum(frames: Frames, metric: string): number {
  return Math.max(frames.flows.get(metric)?.maxValue ?? 0, frames.corridors.get(metric)?.maxValue ?? 0);
}

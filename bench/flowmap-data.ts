import type { Flow, MetricFrames } from "../src/data/frames/build-frames";
import { monthOfYear, yearOf, type MonthIndex } from "../src/data/month";

/** flowmap.gl's input: locations and origin → destination records with a magnitude. */
export type FlowmapLocation = {
  id: string;
  lon: number;
  lat: number;
};

export type FlowmapFlow = {
  origin: string;
  dest: string;
  count: number;
  /** Only for its time filter: the first instant of the record's month (UTC) */
  time?: Date;
};

/** Every endpoint of the flows, once. */
export function flowmapLocations(frames: MetricFrames<Flow>): FlowmapLocation[] {
  const byId = new Map<string, FlowmapLocation>();
  for (const f of frames.items) {
    if (!byId.has(f.origin)) byId.set(f.origin, { id: f.origin, lon: f.source[0], lat: f.source[1] });
    if (!byId.has(f.destination)) byId.set(f.destination, { id: f.destination, lon: f.target[0], lat: f.target[1] });
  }
  return [...byId.values()];
}

export const monthStart = (month: MonthIndex): Date => new Date(Date.UTC(yearOf(month), monthOfYear(month) - 1, 1));

/**
 * The same values as our frames, as flowmap.gl records: one record per flow and month that has a
 * value (a gap is no record, as a flowmap.gl user would feed it). `withTime` stamps each record
 * for flowmap.gl's own time filter; otherwise records are grouped per month, to be swapped in.
 */
export function flowmapRecords(frames: MetricFrames<Flow>, months: readonly MonthIndex[], withTime: boolean): FlowmapFlow[][] {
  const count = frames.items.length;
  return months.map((month, m) => {
    const time = withTime ? monthStart(month) : undefined;
    const records: FlowmapFlow[] = [];
    for (let i = 0; i < count; i += 1) {
      const value = frames.values[m * count + i] ?? Number.NaN;
      const flow = frames.items[i];
      if (!flow || !(value > 0)) continue;
      records.push(time ? { origin: flow.origin, dest: flow.destination, count: value, time } : { origin: flow.origin, dest: flow.destination, count: value });
    }
    return records;
  });
}

import { describe, expect, it } from "vitest";
import type { Frames } from "../../data/frames/build-frames";
import { monthSlice } from "../../data/frames/build-frames";
import { buildArcsLayer, sameArcGeometry, type ArcsLayerInput } from "./arcs-layer";
import { packArcGeometry, packMetric } from "./pack-metric";

const flow = (key: string) => ({
  seriesKey: key, metric: "m", origin: "a", destination: "b", direction: "both" as const, mode: "road" as const,
  source: [80, 44] as [number, number], target: [71, 51] as [number, number],
});
const frames: Frames = {
  months: [0, 1],
  flows: new Map([["m", { items: [flow("f1"), flow("f2")], values: new Float32Array([10, Number.NaN, 5, 20]), methods: new Uint8Array([1, 0, 2, 1]), maxValue: 20 }]]),
  corridors: new Map(),
  totals: new Map(),
  listed: new Map(),
};
const packed = packMetric(frames, "m");
const geometry = packArcGeometry(packed, "light", "direction");
const input = (from: number, to: number): ArcsLayerInput => ({
  geometry,
  widthsFrom: monthSlice(packed.flowWidths, from, 2),
  widthsTo: monthSlice(packed.flowWidths, to, 2),
  monthKey: `${from}>${to}`,
  states: new Float32Array(2),
  statesVersion: "",
  motion: { widthMix: 1, dashTime: 0, animateDashes: false },
  numSegments: 24,
  visible: true,
});
type ArcData = { attributes: { getWidthTo: { value: Float32Array }; getWidthFrom: { value: Float32Array } } };
const dataOf = (layer: ReturnType<typeof buildArcsLayer>) => layer.props.data as unknown as ArcData;

describe("buildArcsLayer", () => {
  it("hands deck.gl the shown month's pixel widths, with a gap as zero width", () => {
    const widths = dataOf(buildArcsLayer(input(0, 0))).attributes.getWidthTo.value;
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[1]).toBe(0);
  });

  it("eases from the month it leaves: both months' widths are handed over", () => {
    const data = dataOf(buildArcsLayer(input(0, 1)));
    expect(data.attributes.getWidthFrom.value[1]).toBe(0);
    expect(data.attributes.getWidthTo.value[1]).toBeGreaterThan(0);
  });

  it("keeps the same geometry buffers from month to month, so deck.gl only re-reads the widths", () => {
    const a = buildArcsLayer(input(0, 0));
    const b = buildArcsLayer(input(0, 1));
    expect(sameArcGeometry(b.props.data, a.props.data)).toBe(true);
    expect(a.props.updateTriggers).not.toEqual(b.props.updateTriggers);
  });

  it("treats another colour scheme as new geometry", () => {
    const recoloured = { ...input(0, 0), geometry: packArcGeometry(packed, "dark", "mode") };
    expect(sameArcGeometry(buildArcsLayer(recoloured).props.data, buildArcsLayer(input(0, 0)).props.data)).toBe(false);
  });
});

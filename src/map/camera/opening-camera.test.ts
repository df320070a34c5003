import { describe, expect, it } from "vitest";
import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage } from "../../data/model";
import { openingCamera } from "./opening-camera";

const data = { dataset: { view: { bounds: [[5, 34], [96, 57]] } }, places: [] } as unknown as Pick<CompiledPackage, "dataset" | "places">;
const frames: Frames = {
  months: [0, 1],
  flows: new Map([
    [
      "trade",
      {
        items: [{ seriesKey: "a", metric: "trade", origin: "x", destination: "y", direction: "both", mode: "road", source: [87.6, 43.8], target: [67, 42] }],
        values: new Float32Array([Number.NaN, 5]),
        methods: new Uint8Array(2),
        maxValue: 5,
      },
    ],
  ]),
  corridors: new Map(),
  totals: new Map(),
  listed: new Map(),
};
const padding = { top: 24, right: 24, bottom: 40, left: 56 };

describe("where the map opens", () => {
  it("keeps a camera from the link exactly", () => {
    const camera = { center: [80, 44] as [number, number], zoom: 6 };
    expect(openingCamera({ data, frames, metric: "trade", month: 1, camera, size: { width: 360, height: 500 }, padding })).toEqual(camera);
  });

  it("shows the package's view on a wide map", () => {
    const opening = openingCamera({ data, frames, metric: "trade", month: 1, camera: null, size: { width: 1200, height: 700 }, padding });
    expect(opening).toMatchObject({ bounds: [[5, 34], [96, 57]], padding });
  });

  it("fits the month's drawn flows, with a margin, on a narrow map", () => {
    const opening = openingCamera({ data, frames, metric: "trade", month: 1, camera: null, size: { width: 360, height: 500 }, padding });
    if (!("bounds" in opening)) throw new Error("expected bounds");
    const [[w, s], [e, n]] = opening.bounds;
    expect(w).toBeLessThan(67);
    expect(e).toBeGreaterThan(87.6);
    expect(e - w).toBeLessThan(30);
    expect(s).toBeLessThan(42);
    expect(n).toBeGreaterThan(43.8);
  });

  it("fits what the metric draws in other months on a narrow map when the month draws nothing", () => {
    const opening = openingCamera({ data, frames, metric: "trade", month: 0, camera: null, size: { width: 360, height: 500 }, padding });
    if (!("bounds" in opening)) throw new Error("expected bounds");
    const [[w], [e]] = opening.bounds;
    expect(w).toBeLessThan(67);
    expect(e).toBeGreaterThan(87.6);
    expect(e - w).toBeLessThan(30);
  });

  it("falls back to the package's view on a narrow map when the metric draws nothing in any month", () => {
    const opening = openingCamera({ data, frames, metric: "passengers", month: 0, camera: null, size: { width: 360, height: 500 }, padding });
    expect(opening).toMatchObject({ bounds: [[5, 34], [96, 57]] });
  });
});

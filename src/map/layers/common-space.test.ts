import { WebMercatorViewport } from "@deck.gl/core";
import { describe, expect, it } from "vitest";
import { toCommonSpace } from "./common-space";

describe("toCommonSpace", () => {
  it("puts a position where deck.gl's own projection puts it", () => {
    const viewport = new WebMercatorViewport({ longitude: 70, latitude: 45, zoom: 4, width: 800, height: 600 });
    const places: [number, number][] = [[80.4, 44.2], [-99.5, 27.5], [0, 0], [179.9, -60]];
    const common = toCommonSpace(Float64Array.from(places.flat()));
    places.forEach((place, i) => {
      const [x, y] = viewport.projectPosition([place[0], place[1], 0]);
      expect(common[i * 2]).toBeCloseTo(x ?? Number.NaN, 3);
      expect(common[i * 2 + 1]).toBeCloseTo(y ?? Number.NaN, 3);
    });
  });
});

import { COORDINATE_SYSTEM, WebMercatorViewport } from "@deck.gl/core";
import { describe, expect, it } from "vitest";
import { flatProjection } from "./flat-projection";

// The map's closest zoom (use-maplibre-map.ts): the offsets must still be zero there.
const viewport = new WebMercatorViewport({ width: 800, height: 600, longitude: 75, latitude: 42, zoom: 10 });
const uniforms = flatProjection.getUniforms({ viewport, devicePixelRatio: 2, coordinateSystem: COORDINATE_SYSTEM.DEFAULT, coordinateOrigin: [0, 0, 0], autoWrapLongitude: false });

describe("our projection module", () => {
  it("takes every uniform it declares from deck.gl's own projection of the viewport", () => {
    expect(Object.keys(uniforms).sort()).toEqual(Object.keys(flatProjection.uniformTypes).sort());
    expect(uniforms.viewProjectionMatrix).toHaveLength(16);
    expect(uniforms.devicePixelRatio).toBe(2);
  });

  it("needs no offset at the map's zooms: deck.gl's offset mode starts past them", () => {
    expect(uniforms.center?.every((v) => v === 0)).toBe(true);
    expect(uniforms.commonOrigin?.every((v) => v === 0)).toBe(true);
  });
});

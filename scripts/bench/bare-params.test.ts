import { describe, expect, it } from "vitest";
import { OPENING_PADDING } from "../../src/map/camera/opening-fit";
import { bareInitialView, bareQuery, cameraOf, initialViewOfPackage, parseBareQuery, sameView } from "./bare-params";

describe("bare page query", () => {
  it("round-trips bounds, padding on each side, zoom limit and size", () => {
    const view = { initial: { bounds: [[5, 34], [96, 57]] as [[number, number], [number, number]], padding: { top: 24, right: 24, bottom: 40, left: 56 }, maxZoom: 6 }, highlight: ["CHN", "KAZ"], size: { width: 940, height: 668 } };
    expect(parseBareQuery(bareQuery(view))).toEqual(view);
  });

  it("round-trips a centre and zoom without a size", () => {
    const view = { initial: { center: [48.806977, 46.123903] as [number, number], zoom: 2.732251 }, highlight: [] };
    expect(parseBareQuery(bareQuery(view))).toEqual(view);
  });

  it("falls back to the explorer's default view on a bad query", () => {
    expect(parseBareQuery("?bounds=1,2,x,4&highlight=CHN,<b>")).toEqual({ initial: { center: [0, 20], zoom: 1.5 }, highlight: ["CHN"] });
    expect(parseBareQuery("?center=10,20")).toEqual({ initial: { center: [0, 20], zoom: 1.5 }, highlight: [] });
  });
});

describe("the view the bare page opens on", () => {
  it("fits a package's bounds with the explorer's own padding and zoom limit", () => {
    expect(initialViewOfPackage({ bounds: [[5, 34], [96, 57]], zoom: 3 })).toEqual({ bounds: [[5, 34], [96, 57]], padding: OPENING_PADDING, maxZoom: 6 });
  });

  it("uses centre and zoom otherwise, with MapView's defaults", () => {
    expect(initialViewOfPackage({ zoom: 4 })).toEqual({ center: [0, 20], zoom: 4 });
    expect(initialViewOfPackage(undefined)).toEqual({ center: [0, 20], zoom: 1.5 });
  });

  it("takes the camera the explorer opened on over the package's view", () => {
    const fit = initialViewOfPackage({ bounds: [[5, 34], [96, 57]] });
    expect(bareInitialView({ center: [48.806977, 46.123903], zoom: 2.732251 }, fit)).toEqual({ center: [48.806977, 46.123903], zoom: 2.732251 });
    expect(bareInitialView(null, fit)).toBe(fit);
  });
});

describe("cameras read from the map's container", () => {
  it("reads the centre and zoom both pages record", () => {
    expect(cameraOf("48.806977,46.123903", "2.732251")).toEqual({ center: [48.806977, 46.123903], zoom: 2.732251 });
  });

  it("gives no camera when either is missing or not a number", () => {
    expect(cameraOf(undefined, "2.7")).toBeNull();
    expect(cameraOf("48.8,46.1", undefined)).toBeNull();
    expect(cameraOf("48.8,46.1", "")).toBeNull();
    expect(cameraOf("48.8", "2.7")).toBeNull();
    expect(cameraOf("48.8,north", "2.7")).toBeNull();
  });

  it("calls two cameras the same view only within a thousandth of a zoom and of a degree", () => {
    const explorer = { center: [48.806977, 46.123903] as [number, number], zoom: 2.732251 };
    expect(sameView(explorer, { center: [48.8072, 46.1237], zoom: 2.7325 })).toBe(true);
    // The bench's old bare page: the package's bounds fitted with 24 px all round, 1.7° further east and closer
    expect(sameView(explorer, { center: [50.5, 46.707498], zoom: 2.860575 })).toBe(false);
    expect(sameView(explorer, { center: [48.806977, 46.123903], zoom: 2.7343 })).toBe(false);
    expect(sameView(explorer, null)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { bareQuery, initialViewOfPackage, parseBareQuery } from "./bare-params";

describe("bare page query", () => {
  it("round-trips bounds, padding and size", () => {
    const view = { initial: { bounds: [[5, 34], [96, 57]] as [[number, number], [number, number]], padding: 24 }, highlight: ["CHN", "KAZ"], size: { width: 940, height: 668 } };
    expect(parseBareQuery(bareQuery(view))).toEqual(view);
  });

  it("round-trips a centre and zoom without a size", () => {
    const view = { initial: { center: [72.5, 45] as [number, number], zoom: 3.6 }, highlight: [] };
    expect(parseBareQuery(bareQuery(view))).toEqual(view);
  });

  it("falls back to the explorer's default view on a bad query", () => {
    expect(parseBareQuery("?bounds=1,2,x,4&highlight=CHN,<b>")).toEqual({ initial: { center: [0, 20], zoom: 1.5 }, highlight: ["CHN"] });
  });
});

describe("initialViewOfPackage", () => {
  it("uses bounds with the explorer's 24 px padding when the package has them", () => {
    expect(initialViewOfPackage({ bounds: [[5, 34], [96, 57]], zoom: 3 })).toEqual({ bounds: [[5, 34], [96, 57]], padding: 24 });
  });

  it("uses centre and zoom otherwise, with MapView's defaults", () => {
    expect(initialViewOfPackage({ zoom: 4 })).toEqual({ center: [0, 20], zoom: 4 });
    expect(initialViewOfPackage(undefined)).toEqual({ center: [0, 20], zoom: 1.5 });
  });
});

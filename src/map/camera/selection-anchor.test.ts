import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../../scripts/read-package-dir";
import { checkPackage } from "../../data/check-package";
import { buildFrames } from "../../data/frames/build-frames";
import { selectionAnchor } from "./selection-anchor";

const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", "data")));
if (!compiled) throw new Error("the bundled package did not compile");
const data = compiled;
const frames = buildFrames(data);

describe("the point that stands for a selection", () => {
  it("is a place's own position", () => {
    expect(selectionAnchor(data, frames, "trade_value", { type: "place", id: "horgos" })).toEqual([80.3694, 44.1956]);
  });

  it("lies on a corridor's path for a port's figure drawn along its route", () => {
    const corridor = frames.corridors.get("trains")?.items[0];
    if (!corridor) throw new Error("no corridor for trains");
    const anchor = selectionAnchor(data, frames, "trains", { type: "flow", id: corridor.seriesKey });
    expect(corridor.path).toContainEqual(anchor);
  });

  it("is inside a zone's outline box and on a route's line", () => {
    const zone = data.zones[0];
    const route = data.routes[0];
    if (!zone || !route) throw new Error("the package has zones and routes");
    const z = selectionAnchor(data, frames, "trade_value", { type: "zone", id: zone.id });
    expect(z?.[0]).toBeGreaterThan(70);
    const r = selectionAnchor(data, frames, "trade_value", { type: "route", id: route.id });
    const line = route.geometry.type === "LineString" ? route.geometry.coordinates : route.geometry.coordinates.flat();
    expect(line).toContainEqual(r);
  });

  it("is nothing for what the package does not have", () => {
    expect(selectionAnchor(data, frames, "trade_value", { type: "place", id: "atlantis" })).toBeNull();
    expect(selectionAnchor(data, frames, "trade_value", { type: "flow", id: "no|such|series|both|" })).toBeNull();
  });
});

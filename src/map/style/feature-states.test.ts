import { describe, expect, it } from "vitest";
import { laneOffsets } from "./feature-states";

const corridor = (direction: "both" | "export" | "import", through = "horgos") => ({ routeId: "road", through, direction });

describe("laneOffsets", () => {
  it("keeps two-way traffic on the route and puts exports and imports on either side of it", () => {
    const offsets = laneOffsets([corridor("both"), corridor("export"), corridor("import")], [10, 4, 2]);
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBeCloseTo(10 / 2 + 4 / 2 + 1.5);
    expect(offsets[2]).toBeCloseTo(-(10 / 2 + 2 / 2 + 1.5));
  });

  it("does not move a corridor that shares its route with no one", () => {
    expect(Array.from(laneOffsets([corridor("both"), corridor("export", "baktu")], [6, 6]))[0]).toBe(0);
  });
});

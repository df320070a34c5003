import { describe, expect, it } from "vitest";
import { isLabelled, rankByArea } from "./labels";

describe("isLabelled", () => {
  it("names sovereign states and Kosovo, not territories that would crowd them out", () => {
    expect(isLabelled({ name: "Kazakhstan", iso3: "KAZ" })).toBe(true);
    expect(isLabelled({ name: "Kosovo" })).toBe(true);
    expect(isLabelled({ name: "Hong Kong", iso3: "HKG" })).toBe(false);
    expect(isLabelled({ name: "Somaliland" })).toBe(false);
  });
});

describe("rankByArea", () => {
  it("ranks only labelled countries, largest first", () => {
    const small = { name: "small", label: [0, 0], km2: 10 };
    const large = { name: "large", label: [1, 1], km2: 1000 };
    const unlabelled = { name: "unlabelled", label: null, km2: 5000 };
    expect(rankByArea([small, unlabelled, large]).map((c) => c.name)).toEqual(["large", "small"]);
  });
});

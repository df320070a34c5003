import { describe, expect, it } from "vitest";
import type { Place } from "../../data/model";
import { searchPlaces } from "./place-search";

const place = (id: string, kind: Place["kind"], extra: Partial<Place> = {}): Place => ({
  id, nameEn: id, names: {}, altNames: [], kind, country: "CHN", modes: [], coordinates: [80, 44], coordSources: [], sources: [], ...extra,
});
const places = [
  place("Horgos", "port", { nameZh: "霍尔果斯", altNames: ["Khorgos", "Korgas"] }),
  place("Khorgos village", "counterpart"),
  place("Urumqi", "city", { nameZh: "乌鲁木齐", nameRu: "Урумчи" }),
  place("world", "group", { coordinates: null }),
];

describe("searchPlaces", () => {
  it("finds a port by another spelling, before a village that merely starts the same", () => {
    expect(searchPlaces(places, "khorg").map((p) => p.id)).toEqual(["Horgos", "Khorgos village"]);
  });

  it("finds places by their Chinese and Russian names", () => {
    expect(searchPlaces(places, "乌鲁")[0]?.id).toBe("Urumqi");
    expect(searchPlaces(places, "урум")[0]?.id).toBe("Urumqi");
  });

  it("ignores accents and case, and leaves out what has no point on the map", () => {
    expect(searchPlaces(places, "ÜRUMQI")[0]?.id).toBe("Urumqi");
    expect(searchPlaces(places, "world")).toEqual([]);
  });
});

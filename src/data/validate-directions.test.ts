import { describe, expect, it } from "vitest";
import type { Located } from "./load-package";
import type { Figure, Place } from "./model";
import { figure } from "./testing/figure-fixture";
import { checkImportDirections } from "./validate-directions";

const place = (id: string, kind: string, country?: string): Located<Place> => ({
  value: { id, nameEn: id, names: { en: id }, altNames: [], kind, ...(country ? { country } : {}), modes: [], coordinates: [80, 44], coordSources: [], sources: [] },
  file: "geo/places.geojson",
  line: 1,
  lineOf: () => 1,
});

const PLACES = [
  place("xinjiang", "region", "CHN"),
  place("horgos", "port", "CHN"),
  place("alashankou", "port", "CHN"),
  place("kashgar", "city", "CHN"),
  place("china", "country", "CHN"),
  place("kazakhstan", "country", "KAZ"),
  place("khorgos-kz", "counterpart", "KAZ"),
  place("almaty", "city", "KAZ"),
  place("world", "group"),
];

const located = (origin: string, destination: string, direction: Figure["direction"] = "import"): Located<Figure> => ({
  value: figure("2024-01", "2024-03", 1, { id: `${origin}-${destination}`, origin, destination, direction, line: 7 }),
  file: "figures.csv",
  line: 7,
  lineOf: () => 7,
});

const warned = (origin: string, destination: string, direction?: Figure["direction"]) =>
  checkImportDirections([located(origin, destination, direction)], PLACES).length > 0;

describe("checkImportDirections: an import whose reporting place is entered as its origin", () => {
  it("warns when a region's import names the region as origin and the world as destination", () => {
    expect(checkImportDirections([located("xinjiang", "world")], PLACES)).toEqual([
      {
        file: "figures.csv",
        line: 7,
        severity: "warning",
        message:
          'figure "xinjiang-world": an import\'s origin is the partner the goods come from, but origin "xinjiang" is the region the figure is about and destination "world" is its partner; probably origin and destination are swapped: origin world, destination xinjiang',
      },
    ]);
  });

  it("warns when a port's import names the port as origin and the country across, its counterpart or a foreign city as destination", () => {
    expect(warned("horgos", "kazakhstan")).toBe(true);
    expect(warned("horgos", "khorgos-kz")).toBe(true);
    expect(warned("horgos", "almaty")).toBe(true);
  });

  it("does not warn about an import entered partner first", () => {
    expect(warned("world", "xinjiang")).toBe(false);
    expect(warned("kazakhstan", "horgos")).toBe(false);
  });

  it("does not warn about exports or two-way figures", () => {
    expect(warned("xinjiang", "world", "export")).toBe(false);
    expect(warned("horgos", "kazakhstan", "both")).toBe(false);
  });

  it("makes no guess between two reporting places, or within one country", () => {
    expect(warned("horgos", "alashankou")).toBe(false);
    expect(warned("horgos", "xinjiang")).toBe(false);
    expect(warned("xinjiang", "kashgar")).toBe(false);
    expect(warned("horgos", "china")).toBe(false);
  });

  it("does not judge an import whose origin is a city or a country", () => {
    expect(warned("kashgar", "kazakhstan")).toBe(false);
    expect(warned("china", "kazakhstan")).toBe(false);
  });
});

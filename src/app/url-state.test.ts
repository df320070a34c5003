import { describe, expect, it } from "vitest";
import type { CompiledPackage } from "../data/model";
import { monthIndex } from "../data/month";
import { NO_FILTERS } from "../state/store";
import { applyToPackage, parseUrlView, serializeView, type ViewState } from "./url-state";

const PAGE = "https://news.example/graphics/corridors/";
const parse = (search: string) => parseUrlView(search, PAGE);

describe("parseUrlView", () => {
  it("accepts an https style URL and resolves a relative one against the page", () => {
    expect(parse("?style=https://tiles.example/style.json").view.styleUrl).toBe("https://tiles.example/style.json");
    expect(parse("?style=styles/mine.json").view.styleUrl).toBe("https://news.example/graphics/corridors/styles/mine.json");
  });

  it("refuses a javascript: style URL and names it", () => {
    const { view, ignored } = parse("?style=javascript:alert(1)");
    expect(view.styleUrl).toBeNull();
    expect(ignored).toEqual([{ name: "style", value: "javascript:alert(1)" }]);
  });

  it("loads another package from this site, or from an https host, as .json, .zip or a folder", () => {
    expect(parse("?data=bench/synthetic-10000.json").view.dataUrl).toBe("https://news.example/graphics/corridors/bench/synthetic-10000.json");
    expect(parse("?data=https://data.example/mongolia/").view.dataUrl).toBe("https://data.example/mongolia/");
    expect(parse("?data=https://data.example/mongolia.zip").view.dataUrl).toBe("https://data.example/mongolia.zip");
    expect(parse("?data=http://plain.example/x.json").view.dataUrl).toBeNull();
    expect(parse("?data=notes.txt").view.dataUrl).toBeNull();
    expect(parse("?data=javascript:alert(1)//.json").view.dataUrl).toBeNull();
  });

  it("reads every part of a view", () => {
    const { view, ignored } = parse("?month=2023-05&metric=trains&sel=place:horgos&view=80.1,44.2,6.5&color=mode&layers=flows,places&theme=dark&lang=zh&play=1&anim=1&partner=kazakhstan&port=horgos&mode=rail&top=10&embed=1");
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({
      month: "2023-05",
      metric: "trains",
      selection: "place:horgos",
      camera: { center: [80.1, 44.2], zoom: 6.5 },
      colorBy: "mode",
      layers: { flows: true, places: true, routes: false, zones: false },
      theme: "dark",
      lang: "zh",
      play: true,
      animate: true,
      partner: "kazakhstan",
      port: "horgos",
      mode: "rail",
      topN: 10,
      embed: true,
    });
  });

  it("drops a malformed value, names it, and keeps the rest of the link", () => {
    const { view, ignored } = parse("?month=2023-13&view=999,0,3&theme=neon&top=7&play=yes&metric=trains&colour=red");
    expect(view.month).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.metric).toBe("trains");
    expect(ignored.map((i) => i.name)).toEqual(["theme", "play", "view", "month", "top", "colour"]);
  });
});

describe("applyToPackage", () => {
  const data = {
    dataset: { metrics: [{ id: "trade_value" }, { id: "trains" }] },
    places: [{ id: "horgos" }],
    zones: [],
    routes: [],
    series: [{ key: "trains|horgos|world|both|" }],
  } as unknown as CompiledPackage;
  const timeline = [monthIndex(2023, 1), monthIndex(2023, 2)];

  it("keeps what the package has and names what it does not", () => {
    const { view } = parse("?month=2023-02&metric=cars&sel=place:nowhere&port=horgos&partner=atlantis");
    const { result, ignored } = applyToPackage(view, data, timeline);
    expect(result).toEqual({ month: monthIndex(2023, 2), filters: { port: "horgos" } });
    expect(ignored.map((i) => `${i.name}=${i.value}`)).toEqual(["metric=cars", "sel=place:nowhere", "partner=atlantis"]);
  });

  it("refuses a month outside the timeline", () => {
    const { result, ignored } = applyToPackage(parse("?month=2019-01").view, data, timeline);
    expect(result.month).toBeUndefined();
    expect(ignored).toEqual([{ name: "month", value: "2019-01" }]);
  });

  it("pins a series by its key", () => {
    const { result } = applyToPackage(parse(`?sel=${encodeURIComponent("flow:trains|horgos|world|both|")}`).view, data, timeline);
    expect(result.selection).toEqual({ type: "flow", id: "trains|horgos|world|both|" });
  });
});

describe("serializeView", () => {
  const base: ViewState = {
    dataUrl: null, styleUrl: null, theme: "light", lang: "en", colorBy: "direction", layers: { flows: true, places: true, routes: true, zones: true },
    playing: false, animate: false, embed: false, show: "map", camera: null, month: monthIndex(2023, 5), metric: "trade_value", defaultMetric: "trade_value", pinned: null, filters: NO_FILTERS,
  };

  it("writes only what differs from the defaults, and reads back to the same view", () => {
    const state: ViewState = { ...base, metric: "trains", pinned: { type: "place", id: "horgos" }, camera: { center: [80.123, 44.2], zoom: 6 }, filters: { ...NO_FILTERS, topN: 5 } };
    const search = serializeView(state);
    expect(search).toBe("?month=2023-05&metric=trains&sel=place%3Ahorgos&view=80.123%2C44.200%2C6.00&top=5&theme=light");
    const { view, ignored } = parse(search);
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ month: "2023-05", metric: "trains", selection: "place:horgos", camera: { center: [80.123, 44.2], zoom: 6 }, topN: 5 });
  });

  it("keeps the table in the link when the reader switched to it", () => {
    const search = serializeView({ ...base, show: "table" });
    expect(search).toContain("show=table");
    expect(parse(search).view.show).toBe("table");
    expect(parse("?show=chart").ignored).toEqual([{ name: "show", value: "chart" }]);
  });
});

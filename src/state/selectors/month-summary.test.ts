import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../../scripts/read-package-dir";
import { checkPackage } from "../../data/check-package";
import { buildFrames } from "../../data/frames/build-frames";
import { monthIndex } from "../../data/month";
import { summaryText } from "../../format/summary-text";
import { NO_FILTERS } from "../store";
import { lookups, valueAt } from "./lookups";
import { monthSummary } from "./month-summary";

const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", "data")));
if (!compiled) throw new Error("the bundled package did not compile");
const data = compiled;
const frames = buildFrames(data);
const JUNE_2024 = monthIndex(2024, 6);

describe("the month's summary", () => {
  it("names the largest series first, with its value as published for the month", () => {
    const summary = monthSummary(data, frames, "trade_value", JUNE_2024, NO_FILTERS);
    const first = summary.largest[0];
    expect(first?.series.origin).toBe("xinjiang");
    expect(first?.series.destination).toBe("world");
    expect(first?.cell.method).toBe("reported");
    expect(first?.cell.value).toBeCloseTo(35e9);
    const values = summary.largest.map((item) => item.cell.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("compares with the month and the year before only where both were published or derived, never with spread averages", () => {
    const summary = monthSummary(data, frames, "trade_value", JUNE_2024, NO_FILTERS);
    const first = summary.largest[0];
    if (!first) throw new Error("no largest series");
    const may = valueAt(first.series, JUNE_2024 - 1);
    const june2023 = valueAt(first.series, JUNE_2024 - 12);
    expect(may?.method).toBe("spread");
    expect(first.monthBefore).toBeUndefined();
    expect(june2023?.method).toBe("derived");
    expect(first.yearBefore?.from).toBe(JUNE_2024 - 12);
    expect(first.yearBefore?.pct).toBeCloseTo(((35e9 - (june2023?.value ?? 0)) / (june2023?.value ?? 1)) * 100);
    for (const item of summary.largest.filter((i) => i.cell.method === "spread")) {
      expect(item.monthBefore).toBeUndefined();
      expect(item.yearBefore).toBeUndefined();
    }
  });

  it("lists as gaps the series that have figures before and after the month but none for it", () => {
    const summary = monthSummary(data, frames, "trade_value", monthIndex(2022, 6), NO_FILTERS);
    const gaps = summary.gaps.map((s) => `${s.origin}>${s.destination}`);
    expect(gaps).toContain("xinjiang>kazakhstan");
    for (const s of summary.gaps) expect(valueAt(s, monthIndex(2022, 6))).toBeUndefined();
  });

  it("points to the closest month with figures when the month has none", () => {
    const summary = monthSummary(data, frames, "vehicle_traffic", monthIndex(2023, 6), NO_FILTERS);
    expect(summary.count).toBe(0);
    expect(summary.largest).toEqual([]);
    expect(summary.nearest).not.toBeNull();
    const nearest = summary.nearest ?? 0;
    const l = lookups(data);
    expect([...l.series.values()].some((s) => s.metric === "vehicle_traffic" && valueAt(s, nearest))).toBe(true);
  });

  it("counts only what the reader's filters let through", () => {
    const all = monthSummary(data, frames, "trains", JUNE_2024, NO_FILTERS);
    const horgos = monthSummary(data, frames, "trains", JUNE_2024, { ...NO_FILTERS, port: "horgos" });
    expect(horgos.count).toBeLessThan(all.count);
    expect(horgos.largest.every((item) => item.series.origin === "horgos")).toBe(true);
  });

  it("reads as sentences with the month, the metric, the value and how it was obtained", () => {
    const text = summaryText(data, monthSummary(data, frames, "trade_value", JUNE_2024, NO_FILTERS), false);
    expect(text).toMatch(/^June 2024, Trade value: \d+ series have a published figure\./);
    expect(text).toContain("Largest: Xinjiang → all partners, 35 billion Chinese yuan (reported), up");
    expect(text).toContain("from June 2023");
    expect(text).toContain("Spread values are averages");
    expect(summaryText(data, monthSummary(data, frames, "vehicle_traffic", monthIndex(2023, 6), NO_FILTERS), true)).toMatch(
      /nothing is published for this month\. The closest month with figures is \w+ \d{4}\. Filters are on/,
    );
  });
});

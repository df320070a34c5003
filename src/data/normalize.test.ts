import { describe, expect, it } from "vitest";
import type { SeriesKey } from "./model";
import { monthIndex } from "./month";
import { normalizeSeries } from "./normalize";
import { figure } from "./testing/figure-fixture";

const KEY: SeriesKey = { metric: "trade_value", origin: "xinjiang", destination: "world", direction: "both" };
const bn = (v: number) => v * 1e9;
const m = (year: number, month: number) => monthIndex(year, month);

function normalize(...figures: Parameters<typeof normalizeSeries>[2]) {
  return normalizeSeries(KEY, "CNY", figures);
}

function valueAt(result: ReturnType<typeof normalize>, year: number, month: number) {
  return result.series.values.find((v) => v.month === m(year, month));
}

describe("normalizeSeries: year-to-date figures become months", () => {
  it("derives May from the Jan–Apr and Jan–May totals", () => {
    const result = normalize(
      figure("2023-01", "2023-04", 94.95, { id: "apr" }),
      figure("2023-01", "2023-05", 125.06, { id: "may" }),
    );
    const may = valueAt(result, 2023, 5);
    expect(may?.method).toBe("derived");
    expect(may?.value).toBeCloseTo(bn(30.11), -3);
    expect(may?.figureIds).toEqual(["may", "apr"]);
    expect(may?.span).toEqual([m(2023, 5), m(2023, 5)]);
  });

  it("spreads a first year-to-date total evenly over its months", () => {
    const result = normalize(figure("2022-01", "2022-02", 23.82, { id: "feb" }));
    expect(valueAt(result, 2022, 1)?.method).toBe("spread");
    expect(valueAt(result, 2022, 1)?.value).toBeCloseTo(bn(11.91), -3);
    expect(valueAt(result, 2022, 2)?.span).toEqual([m(2022, 1), m(2022, 2)]);
  });

  it("spreads the difference of two totals more than a month apart", () => {
    const result = normalize(figure("2022-01", "2022-05", 67.4), figure("2022-01", "2022-07", 115.47));
    for (const month of [6, 7]) {
      const cell = valueAt(result, 2022, month);
      expect(cell?.method).toBe("spread");
      expect(cell?.value).toBeCloseTo(bn((115.47 - 67.4) / 2), -3);
      expect(cell?.span).toEqual([m(2022, 6), m(2022, 7)]);
    }
  });

  it("reports a January year-to-date figure as January itself", () => {
    const result = normalize(figure("2024-01", "2024-01", 4, { basis: "ytd" }));
    expect(valueAt(result, 2024, 1)?.method).toBe("reported");
  });

  it("leaves months without any figure as gaps, not zeros", () => {
    const result = normalize(figure("2023-01", "2023-03", 68.07), figure("2023-01", "2023-06", 149.62));
    expect(result.series.values.map((v) => v.month)).toEqual([1, 2, 3, 4, 5, 6].map((mo) => m(2023, mo)));
    expect(valueAt(result, 2023, 7)).toBeUndefined();
  });

  it("does not difference totals of different years", () => {
    const result = normalize(figure("2022-01", "2022-11", 219.4), figure("2023-01", "2023-02", 44.4));
    expect(valueAt(result, 2023, 1)?.method).toBe("spread");
    expect(valueAt(result, 2023, 1)?.value).toBeCloseTo(bn(22.2), -3);
  });

  it("keeps a reported month and spreads the rest of its total over the other months", () => {
    const result = normalize(
      figure("2025-01", "2025-05", 227.67, { id: "ytd-may" }),
      figure("2025-05", "2025-05", 61.81, { id: "may", basis: "month" }),
    );
    expect(valueAt(result, 2025, 5)).toMatchObject({ method: "reported", figureIds: ["may"] });
    expect(valueAt(result, 2025, 2)?.method).toBe("spread");
    expect(valueAt(result, 2025, 2)?.value).toBeCloseTo(bn((227.67 - 61.81) / 4), -3);
  });

  it("records a spread around a reported month as shared by the other months only, with their count as divisor", () => {
    const result = normalize(
      figure("2025-01", "2025-05", 227.67, { id: "ytd-may" }),
      figure("2025-05", "2025-05", 61.81, { id: "may", basis: "month" }),
    );
    const february = valueAt(result, 2025, 2);
    expect(february?.span).toEqual([m(2025, 1), m(2025, 4)]);
    expect(february?.recipe).toEqual({ plus: ["ytd-may"], minus: ["may"], divisor: 4 });
  });

  it("divides only among the months left when a month in the middle of a step was reported", () => {
    const result = normalize(
      figure("2025-01", "2025-05", 227.67, { id: "ytd-may" }),
      figure("2025-07", "2025-07", 40.39, { id: "jul", basis: "month" }),
      figure("2025-01", "2025-09", 393.14, { id: "ytd-sep" }),
    );
    const june = valueAt(result, 2025, 6);
    expect(june).toMatchObject({ method: "spread", span: [m(2025, 6), m(2025, 9)], recipe: { plus: ["ytd-sep"], minus: ["ytd-may", "jul"], divisor: 3 } });
    expect(june?.value).toBeCloseTo(bn((393.14 - 227.67 - 40.39) / 3), -3);
    expect(valueAt(result, 2025, 7)?.method).toBe("reported");
  });

  it("spreads a period that does not start in January when nothing else covers it", () => {
    const result = normalize(figure("2024-03", "2024-04", 10, { basis: "period" }));
    expect(valueAt(result, 2024, 3)).toMatchObject({ method: "spread", value: bn(5) });
  });
});

describe("normalizeSeries: qualifiers carry through", () => {
  it("turns more-than-240 minus 219.4 into more than 20.6 for December", () => {
    const result = normalize(figure("2022-01", "2022-11", 219.4), figure("2022-01", "2022-12", 240, { bound: ">", basis: "year" }));
    const december = valueAt(result, 2022, 12);
    expect(december).toMatchObject({ method: "derived", bound: ">" });
    expect(december?.value).toBeCloseTo(bn(20.6), -3);
  });

  it("marks a value derived from an approximate total as approximate", () => {
    const result = normalize(figure("2022-01", "2022-07", 115.47), figure("2022-01", "2022-08", 145.6, { approx: true }));
    expect(valueAt(result, 2022, 8)?.approx).toBe(true);
  });

  it("leaves a gap where two lower bounds are subtracted", () => {
    const result = normalize(
      figure("2024-01", "2024-11", 400, { bound: ">" }),
      figure("2024-01", "2024-12", 420, { bound: ">", basis: "year" }),
    );
    expect(valueAt(result, 2024, 12)).toBeUndefined();
    expect(result.series.unplaced.map((u) => u.reason).join()).toMatch(/undetermined/);
  });
});

describe("normalizeSeries: negative months", () => {
  it("flags a month that the totals make negative, and says so in a failed check", () => {
    const result = normalize(figure("2024-01", "2024-11", 403.1, { id: "nov" }), figure("2024-01", "2024-12", 400, { id: "year", basis: "year", bound: ">" }));
    const december = valueAt(result, 2024, 12);
    expect(december).toMatchObject({ negative: true, bound: ">" });
    expect(december?.value).toBeCloseTo(bn(-3.1), -3);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]).toMatchObject({ kind: "negative", ok: false, span: [m(2024, 12), m(2024, 12)] });
    expect(result.checks[0]?.message).toMatch(/negative >-3\.1 bn CNY/);
  });

  it("does not flag a positive month", () => {
    const result = normalize(figure("2023-01", "2023-04", 94.95), figure("2023-01", "2023-05", 125.06));
    expect(valueAt(result, 2023, 5)?.negative).toBeUndefined();
    expect(result.checks).toEqual([]);
  });
});

describe("normalizeSeries: metric kinds", () => {
  it("never spreads an event over the months of its year", () => {
    const result = normalizeSeries(KEY, "USD", [figure("2022-01", "2022-12", 1.55, { basis: "year", unit: "bn USD" })], "event");
    expect(result.series.values).toEqual([]);
    expect(result.series.unplaced[0]?.reason).toMatch(/one-off event/);
  });

  it("places an event published for one month in that month", () => {
    const result = normalizeSeries(KEY, "USD", [figure("2022-05", "2022-05", 1.55, { basis: "month", unit: "bn USD" })], "event");
    expect(result.series.values.map((v) => [v.month, v.method])).toEqual([[m(2022, 5), "reported"]]);
  });

  it("reads a level at the end of its period and never differences two readings", () => {
    const result = normalizeSeries(
      KEY,
      "vehicles",
      [figure("2023-01", "2023-04", 3000, { unit: "vehicles", id: "apr" }), figure("2023-01", "2023-06", 3446, { unit: "vehicles", id: "jun" })],
      "level",
    );
    expect(result.series.values.map((v) => [v.month, v.value, v.method])).toEqual([
      [m(2023, 4), 3000, "reported"],
      [m(2023, 6), 3446, "reported"],
    ]);
  });
});

describe("normalizeSeries: conflicts and consistency", () => {
  it("reports a period for which two sources give different values", () => {
    const result = normalize(figure("2023-01", "2023-04", 94.95, { id: "a" }), figure("2023-01", "2023-04", 95.1, { id: "b" }));
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]?.message).toMatch(/2023-01 to 2023-04: sources disagree: 94\.95 bn CNY \(a\) vs 95\.1 bn CNY \(b\)/);
  });

  it("keeps both values when two sources disagree on the same period, and flags the months", () => {
    const result = normalize(
      figure("2023-01", "2023-04", 94.95, { id: "a", sources: ["N4"] }),
      figure("2023-01", "2023-04", 95.1, { id: "b", sources: ["X"] }),
      figure("2023-01", "2023-05", 125.06, { id: "may" }),
    );
    const april = valueAt(result, 2023, 4);
    expect(april?.conflict).toBe(true);
    expect(april?.alternatives[0]?.figureIds).toEqual(["b"]);
    const may = valueAt(result, 2023, 5);
    expect(may?.conflict).toBe(true);
    expect(may?.alternatives[0]?.value).toBeCloseTo(bn(125.06 - 95.1), -3);
  });

  it("treats equal values from two sources as one figure with both sources, not a conflict", () => {
    const result = normalize(figure("2023-01", "2023-05", 125.06, { id: "seed" }), figure("2023-01", "2023-05", 125.06, { id: "xinhua" }));
    expect(valueAt(result, 2023, 5)?.conflict).toBe(false);
    expect(valueAt(result, 2023, 5)?.figureIds).toEqual(["seed", "xinhua"]);
  });

  it("checks the December 2023 month figure against the Jan–Nov and full-year totals and reports the mismatch", () => {
    const result = normalize(
      figure("2023-01", "2023-11", 320.53, { id: "nov" }),
      figure("2023-01", "2023-12", 357.33, { id: "year", basis: "year" }),
      figure("2023-12", "2023-12", 37.43, { id: "dec", basis: "month" }),
    );
    expect(valueAt(result, 2023, 12)).toMatchObject({ method: "reported", value: bn(37.43) });
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]).toMatchObject({ ok: false, reported: bn(37.43) });
    expect(result.checks[0]?.derived).toBeCloseTo(bn(36.8), -3);
    expect(result.checks[0]?.message).toMatch(/2023-12: reported 37\.43 bn CNY but the cumulative totals give 36\.8 bn CNY/);
  });

  it("accepts a month that differs from the totals only by the published rounding", () => {
    const result = normalize(
      figure("2023-01", "2023-11", 320.53),
      figure("2023-01", "2023-12", 357.33, { basis: "year" }),
      figure("2023-12", "2023-12", 36.81, { basis: "month" }),
    );
    expect(result.checks[0]?.ok).toBe(true);
  });
});

describe("normalizeSeries: what stays off the time line", () => {
  it("keeps forecasts off the time line", () => {
    const result = normalize(figure("2023-01", "2023-12", 1, { status: "forecast", unit: "bn CNY" }));
    expect(result.series.values).toHaveLength(0);
    expect(result.series.unplaced[0]?.reason).toMatch(/forecast/);
  });

  it("keeps a figure that ends mid-month off the time line", () => {
    const result = normalize(figure("2023-01", "2023-09-07", 69700, { unit: "vehicles", basis: "period" }));
    expect(result.series.values).toHaveLength(0);
    expect(result.series.unplaced[0]?.reason).toMatch(/mid-month/);
  });

  it("keeps a multi-year total off the time line", () => {
    const result = normalize(figure("2016-01", "2020-12", 200000, { unit: "t", basis: "period" }));
    expect(result.series.unplaced[0]?.reason).toMatch(/more than one calendar year/);
  });
});

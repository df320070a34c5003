import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../../scripts/read-package-dir";
import { checkPackage } from "../../data/check-package";
import { buildFrames } from "../../data/frames/build-frames";
import { formatMonth } from "../../data/month";
import { drawnAt, notOnMap } from "./not-on-map";

describe("no series is hidden", () => {
  for (const dir of ["data", "examples/minimal"]) {
    it(`draws or lists every series of ${dir} that has a value, at every month and metric`, () => {
      const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", dir)));
      if (!compiled) throw new Error(`${dir} did not compile`);
      const frames = buildFrames(compiled);
      const missing: string[] = [];
      const twice: string[] = [];
      for (const metric of compiled.dataset.metrics.map((m) => m.id)) {
        for (const month of frames.months) {
          const withValue = compiled.series.filter((s) => s.metric === metric && s.values.some((v) => v.month === month)).map((s) => s.key);
          const shown = [...drawnAt(frames, metric, month), ...notOnMap(frames, metric, month).map((n) => n.seriesKey)];
          for (const key of withValue) if (!shown.includes(key)) missing.push(`${metric} ${formatMonth(month)}: ${key}`);
          for (const key of shown) if (shown.indexOf(key) !== shown.lastIndexOf(key)) twice.push(`${metric} ${formatMonth(month)}: ${key}`);
          for (const key of shown) if (!withValue.includes(key)) missing.push(`${metric} ${formatMonth(month)}: ${key} shown without a value`);
        }
      }
      expect(missing).toEqual([]);
      expect([...new Set(twice)]).toEqual([]);
    });
  }
});

describe("a series listed as sharing a drawing", () => {
  it("says whether the series it shares with is drawn that month, so an empty drawing is never implied to carry it", () => {
    const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", "data")));
    if (!compiled) throw new Error("data did not compile");
    const frames = buildFrames(compiled);
    const shares = compiled.dataset.metrics.flatMap((m) => frames.months.flatMap((month) => notOnMap(frames, m.id, month).filter((n) => n.why === "shares").map((n) => ({ n, drawn: drawnAt(frames, m.id, month) }))));
    expect(shares.length).toBeGreaterThan(0);
    for (const { n, drawn } of shares) expect(n.withDrawn).toBe(n.with !== undefined && drawn.includes(n.with));
    // The bundled package has both kinds: months where the official figure is drawn, and months where only the other one is published.
    expect(shares.some(({ n }) => n.withDrawn === true)).toBe(true);
    expect(shares.some(({ n }) => n.withDrawn === false)).toBe(true);
  });
});

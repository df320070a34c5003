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

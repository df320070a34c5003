import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";

describe("parseBenchArgs", () => {
  it("has defaults for one full run", () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 9,
      steps: 60,
      flowmapSteps: 20,
      datasets: ["bundled", "10000", "100000", "1000000"],
      packages: [1000, 20_000, 100_000],
      drawMax: 100_000,
      flowmapTimeFilter: false,
      skipBuild: false,
      skip: [],
      help: false,
    });
  });

  it("reads counts, lists and switches", () => {
    const options = parseBenchArgs(["--runs", "9", "--datasets", "10000, 1000000", "--skip", "flowmap", "--skip-build", "--flowmap-time-filter"]);
    expect(options).toMatchObject({ runs: 9, datasets: ["10000", "1000000"], skip: ["flowmap"], skipBuild: true, flowmapTimeFilter: true });
  });

  it("refuses what it cannot measure", () => {
    expect(() => parseBenchArgs(["--runs", "0"])).toThrow(/--runs/);
    expect(() => parseBenchArgs(["--datasets", "bundled,lots"])).toThrow(/--datasets/);
    expect(() => parseBenchArgs(["--skip", "drawing"])).toThrow(/unknown phase/);
    expect(() => parseBenchArgs(["--fast"])).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { againstGoal, count, fixed, kb, mb, ms, table, times } from "./format";

describe("table", () => {
  it("pads columns to their widest cell and right-aligns numbers", () => {
    const text = table(
      [{ title: "page" }, { title: "ms", align: "right" }],
      [
        ["explorer", "3287"],
        ["bare", "912"],
      ],
    );
    expect(text.split("\n")).toEqual(["page        ms", "explorer  3287", "bare       912"]);
  });

  it("treats a missing cell as empty", () => {
    expect(table([{ title: "a" }, { title: "b" }], [["x"]]).split("\n")[1]).toBe("x");
  });
});

describe("number formats", () => {
  it("formats sizes and times, with a dash for what is missing", () => {
    expect(kb(2048)).toBe("2.0");
    expect(mb(3 * 1024 * 1024)).toBe("3");
    expect(ms(12.6)).toBe("13");
    expect(ms(-1)).toBe("—");
    expect(fixed(Number.NaN, 2)).toBe("—");
    expect(fixed(null, 1)).toBe("—");
    expect(times(1.234)).toBe("1.23×");
    expect(count(1000000)).toBe("1,000,000");
  });
});

describe("againstGoal", () => {
  it("says whether a ratio meets its goal, and by how much it misses", () => {
    expect(againstGoal(1.05, 1.1)).toBe("1.05× (goal ≤ 1.1: met)");
    expect(againstGoal(2.2, 1.1)).toBe("2.20× (goal ≤ 1.1: over by 100 %)");
    expect(againstGoal(Number.NaN, 1.5)).toBe("— (not measured)");
  });
});

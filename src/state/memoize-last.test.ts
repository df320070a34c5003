import { describe, expect, it } from "vitest";
import { memoizeLast } from "./memoize-last";

describe("memoizeLast", () => {
  it("computes once for repeated calls with the same objects, and again when one of them changes", () => {
    const calls: string[] = [];
    const filters = { mode: "all" };
    const summary = memoizeLast((month: number, f: { mode: string }, lang: string) => {
      calls.push(`${month}/${f.mode}/${lang}`);
      return `${month} ${lang}`;
    });
    expect(summary(5, filters, "en")).toBe("5 en");
    expect(summary(5, filters, "en")).toBe("5 en");
    expect(calls).toEqual(["5/all/en"]);
    summary(5, filters, "zh");
    summary(5, { mode: "all" }, "zh");
    summary(6, { mode: "all" }, "zh");
    expect(calls).toEqual(["5/all/en", "5/all/zh", "5/all/zh", "6/all/zh"]);
  });
});

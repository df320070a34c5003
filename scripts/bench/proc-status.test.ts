import { describe, expect, it } from "vitest";
import { parseProcStatus, procMemory } from "./proc-status";

describe("parseProcStatus", () => {
  it("reads the peak and current resident set in bytes", () => {
    const text = "Name:\tchromium\nVmPeak:\t 9000000 kB\nVmHWM:\t  654321 kB\nVmRSS:\t  123456 kB\n";
    expect(parseProcStatus(text)).toEqual({ peakRss: 654321 * 1024, rss: 123456 * 1024 });
  });

  it("gives null for fields that are missing", () => {
    expect(parseProcStatus("Name:\tkthreadd\n")).toEqual({ peakRss: null, rss: null });
  });
});

describe("procMemory", () => {
  it("is null for a process that does not exist", () => {
    expect(procMemory(2 ** 30)).toBeNull();
  });
});

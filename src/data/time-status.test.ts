import { describe, expect, it } from "vitest";
import { monthIndex } from "./month";
import { monthOfDate, placeOpenAt, routePhaseAt, zoneExistsAt } from "./time-status";

const m = monthIndex;

describe("routePhaseAt", () => {
  const railway = { status: "under_construction" as const, constructionStarted: "2024-12-27" };

  it("draws a railway as planned before its groundbreaking and under construction after", () => {
    expect(routePhaseAt(railway, m(2024, 11))).toBe("planned");
    expect(routePhaseAt(railway, m(2024, 12))).toBe("construction");
    expect(routePhaseAt(railway, m(2025, 6))).toBe("construction");
  });

  it("does not draw a service as operating before it opened", () => {
    const air = { status: "operating" as const, opened: "2024-01-26" };
    expect(routePhaseAt(air, m(2023, 12))).toBe("planned");
    expect(routePhaseAt(air, m(2024, 1))).toBe("operating");
  });

  it("keeps the stated status of a route without dates", () => {
    expect(routePhaseAt({ status: "operating" }, m(2022, 1))).toBe("operating");
    expect(routePhaseAt({ status: "under_construction" }, m(2022, 1))).toBe("construction");
  });
});

describe("dates", () => {
  it("reads a year alone as its January", () => {
    expect(monthOfDate("2018")).toBe(m(2018, 1));
    expect(monthOfDate("2023-11-01")).toBe(m(2023, 11));
  });

  it("shows a port as not yet open before it opened, and a zone only once established", () => {
    expect(placeOpenAt({ opened: "2023-11" }, m(2023, 10))).toBe(false);
    expect(placeOpenAt({}, m(2000, 1))).toBe(true);
    expect(zoneExistsAt({ established: "2023-11-01" }, m(2022, 1))).toBe(false);
    expect(zoneExistsAt({ established: "2023-11-01" }, m(2023, 11))).toBe(true);
  });
});

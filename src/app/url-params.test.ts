import { describe, expect, it } from "vitest";
import { parseUrlOptions } from "./url-params";

const PAGE = "https://news.example/graphics/corridors/";

describe("parseUrlOptions", () => {
  it("accepts an https style URL", () => {
    expect(parseUrlOptions("?style=https://tiles.example/style.json", PAGE).styleUrl).toBe("https://tiles.example/style.json");
  });

  it("resolves a relative style URL against the page", () => {
    expect(parseUrlOptions("?style=styles/mine.json", PAGE).styleUrl).toBe("https://news.example/graphics/corridors/styles/mine.json");
  });

  it("refuses a javascript: style URL", () => {
    expect(parseUrlOptions("?style=javascript:alert(1)", PAGE).styleUrl).toBeNull();
  });

  it("keeps only the themes it knows", () => {
    expect(parseUrlOptions("?theme=dark", PAGE).theme).toBe("dark");
    expect(parseUrlOptions("?theme=neon", PAGE).theme).toBeNull();
  });

  it("loads another compiled package only from the same site", () => {
    expect(parseUrlOptions("?data=bench/synthetic-10000.json", PAGE).dataUrl).toBe("https://news.example/graphics/corridors/bench/synthetic-10000.json");
    expect(parseUrlOptions("?data=https://evil.example/x.json", PAGE).dataUrl).toBeNull();
    expect(parseUrlOptions("?data=notes.txt", PAGE).dataUrl).toBeNull();
  });
});

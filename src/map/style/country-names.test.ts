import { describe, expect, it } from "vitest";
import { basemapStyle } from "../basemap-style";
import { countryNames } from "./country-names";

describe("the basemap's country names in the reader's language", () => {
  it("come from the browser's own data for Chinese and Russian", () => {
    expect(countryNames("zh-Hans")?.names.KAZ).toBe("哈萨克斯坦");
    expect(countryNames("ru")?.names.KAZ).toBe("Казахстан");
  });

  it("keep short names for where only an abbreviation fits", () => {
    const zh = countryNames("zh-Hans");
    expect(zh?.short.CHN).toBe("中国");
    expect(countryNames("ru")?.short.KAZ).toBeUndefined();
  });

  it("are left to the basemap itself in English", () => {
    expect(countryNames("en")).toBeNull();
  });

  it("reach the label layer's text, with the English name as the fallback", () => {
    const style = basemapStyle({ theme: "light", basemapBaseUrl: "https://example.org/basemap/", countryNames: countryNames("ru") });
    const text = JSON.stringify(style.layers.map((l) => ("layout" in l && l.layout && "text-field" in l.layout ? l.layout["text-field"] : null)));
    expect(text).toContain("Казахстан");
    expect(text).toContain('["get","name"]');
  });
});

import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { readPngTexts, withPngText } from "./png-text";

const tinyPng = () => {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
};

describe("the image's text alternative", () => {
  it("is written into the PNG as a UTF-8 Description and reads back the same", () => {
    const text = "2024年6月, Trade value: Xinjiang → all partners, 35 billion Chinese yuan (reported). Россия.";
    const out = withPngText(tinyPng(), "Description", text);
    expect(readPngTexts(out).get("Description")).toBe(text);
  });

  it("leaves a valid PNG that still decodes to the same pixels", () => {
    const original = tinyPng();
    const decoded = PNG.sync.read(Buffer.from(withPngText(original, "Description", "alt")));
    expect(decoded.width).toBe(2);
    expect([...decoded.data]).toEqual([...PNG.sync.read(Buffer.from(original)).data]);
  });

  it("returns anything that is not a PNG unchanged", () => {
    const notPng = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(withPngText(notPng, "Description", "alt")).toBe(notPng);
  });
});

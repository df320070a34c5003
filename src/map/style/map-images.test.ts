import { describe, expect, it } from "vitest";
import { mapImage } from "./map-images";

const alphaAt = (id: string, x: number, y: number) => {
  const image = mapImage(id, "light");
  if (!image) throw new Error(`no image ${id}`);
  return image.data[(y * image.width + x) * 4 + 3] ?? 0;
};

describe("mapImage", () => {
  it("paints a port as a ring, and an approximate port as a broken ring", () => {
    const solid = mapImage("icon-port", "light");
    const dashed = mapImage("icon-port-approx", "light");
    // Dark, opaque pixels: the ring itself, not its white fill.
    const opaque = (image: typeof solid) => {
      const d = image?.data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if ((d[i + 3] ?? 0) > 200 && (d[i] ?? 255) < 100) n += 1;
      return n;
    };
    expect(solid?.width).toBeGreaterThan(0);
    // The dashes leave gaps in the ring: clearly fewer opaque pixels, but still a ring.
    expect(opaque(dashed)).toBeLessThan(opaque(solid) * 0.85);
    expect(opaque(dashed)).toBeGreaterThan(opaque(solid) * 0.4);
  });

  it("paints an arrowhead in the colour its name carries", () => {
    const image = mapImage("icon-arrow-d55e00", "light");
    const centre = ((image?.height ?? 0) / 2) * (image?.width ?? 0) * 4 + ((image?.width ?? 0) / 2) * 4;
    expect(Array.from(image?.data.slice(centre, centre + 3) ?? [])).toEqual([0xd5, 0x5e, 0x00]);
    expect(alphaAt("icon-arrow-d55e00", 0, 0)).toBe(0);
  });

  it("knows nothing of images it does not paint", () => {
    expect(mapImage("airport-15", "light")).toBeUndefined();
  });
});

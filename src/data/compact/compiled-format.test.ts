import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../../scripts/read-package-dir";
import { checkPackage } from "../check-package";
import { decodeCompiled, encodeCompiled } from "./compiled-format";

describe("the compact compiled format", () => {
  for (const dir of ["data", "examples/minimal"]) {
    it(`gives back exactly the package it encoded (${dir})`, () => {
      const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", dir)));
      if (!compiled) throw new Error("did not compile");
      const travelled = decodeCompiled(JSON.parse(JSON.stringify(encodeCompiled(compiled))));
      expect(travelled).toEqual(JSON.parse(JSON.stringify(compiled)));
    });
  }

  it("is much smaller than the plain JSON form", () => {
    const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", "..", "data")));
    if (!compiled) throw new Error("did not compile");
    expect(JSON.stringify(encodeCompiled(compiled)).length).toBeLessThan(JSON.stringify(compiled).length * 0.6);
  });
});

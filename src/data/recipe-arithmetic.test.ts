import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDir } from "../../scripts/read-package-dir";
import { checkPackage } from "./check-package";
import type { Figure, MonthlyValue, Recipe, Series } from "./model";
import { monthIndex } from "./month";
import { normalizeSeries } from "./normalize";
import { figure } from "./testing/figure-fixture";

/** The value a recipe gives, from the published figures alone. */
function recompute(recipe: Recipe, figures: ReadonlyMap<string, Figure>): number {
  const valueOf = (id: string) => {
    const f = figures.get(id);
    if (!f) throw new Error(`recipe names unknown figure ${id}`);
    return f.baseValue;
  };
  const plus = recipe.plus.reduce((sum, id) => sum + valueOf(id), 0);
  const minus = recipe.minus.reduce((sum, id) => sum + valueOf(id), 0);
  return (plus - minus) / recipe.divisor;
}

/** Every way a month's provenance could disagree with its arithmetic, as readable strings (empty when all hold). */
function provenanceProblems(series: Series, figures: ReadonlyMap<string, Figure>): string[] {
  const problems: string[] = [];
  const sharing = new Map<string, MonthlyValue[]>();
  for (const cell of series.values) {
    const where = `${series.key} @${cell.month}`;
    const value = recompute(cell.recipe, figures);
    if (Math.abs(value - cell.value) > 1e-9 * Math.max(1, Math.abs(value))) problems.push(`${where}: recipe gives ${value}, cell says ${cell.value}`);
    for (const id of [...cell.recipe.plus, ...cell.recipe.minus]) if (!cell.figureIds.includes(id)) problems.push(`${where}: recipe figure ${id} missing from figureIds`);
    if (cell.method === "reported" && (cell.recipe.plus.length !== 1 || cell.recipe.minus.length !== 0 || cell.recipe.divisor !== 1)) problems.push(`${where}: reported but recipe is not one figure`);
    if (cell.method === "derived" && (cell.recipe.divisor !== 1 || cell.recipe.minus.length === 0)) problems.push(`${where}: derived but recipe is not a difference`);
    if (cell.method === "spread" && cell.recipe.divisor < 2) problems.push(`${where}: spread over fewer than two months`);
    for (const alt of cell.alternatives) {
      const altValue = recompute(alt.recipe, figures);
      if (Math.abs(altValue - alt.value) > 1e-9 * Math.max(1, Math.abs(altValue))) problems.push(`${where}: alternative recipe gives ${altValue}, says ${alt.value}`);
    }
    const key = JSON.stringify(cell.recipe);
    sharing.set(key, [...(sharing.get(key) ?? []), cell]);
  }
  for (const cells of sharing.values()) {
    const first = cells[0];
    if (!first) continue;
    const months = cells.map((c) => c.month);
    const span: [number, number] = [Math.min(...months), Math.max(...months)];
    // A recipe divided by N is shared by exactly N months, and its span names exactly those.
    if (cells.length !== first.recipe.divisor) problems.push(`${series.key}: recipe ÷ ${first.recipe.divisor} but ${cells.length} month(s) share it`);
    for (const c of cells) if (c.span[0] !== span[0] || c.span[1] !== span[1]) problems.push(`${series.key} @${c.month}: span ${c.span.join("–")} but shared by ${span.join("–")}`);
  }
  return problems;
}

describe("every month's provenance matches its arithmetic", () => {
  for (const dir of ["data", "examples/minimal"]) {
    it(`recomputes each month of ${dir} from the figures its recipe names`, () => {
      const { compiled } = checkPackage(readPackageDir(join(__dirname, "..", "..", dir)));
      if (!compiled) throw new Error(`${dir} did not compile`);
      const figures = new Map(compiled.figures.map((f) => [f.id, f]));
      expect(compiled.series.flatMap((s) => provenanceProblems(s, figures))).toEqual([]);
    });
  }

  it("holds for any mix of year-to-date totals and month figures in a year", () => {
    const yearFigures = fc
      .record({
        ytdEnds: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 6 }),
        months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
        values: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 12, maxLength: 12 }),
      })
      .map(({ ytdEnds, months, values }) => {
        // Cumulative totals from random monthly amounts, so that totals rise as real ones do.
        const cumulative = values.map((_, i) => values.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const pad = (m: number) => `2024-${String(m).padStart(2, "0")}`;
        return [
          ...ytdEnds.map((end) => figure("2024-01", pad(end), cumulative[end - 1] ?? 0, { id: `ytd-${end}`, unit: "CNY", basis: "ytd" })),
          ...months.map((m) => figure(pad(m), pad(m), values[m - 1] ?? 0, { id: `m-${m}`, unit: "CNY", basis: "month" })),
        ];
      });
    fc.assert(
      fc.property(yearFigures, (figures) => {
        const { series } = normalizeSeries({ metric: "trade_value", origin: "a", destination: "b", direction: "both" }, "CNY", figures);
        expect(provenanceProblems(series, new Map(figures.map((f) => [f.id, f])))).toEqual([]);
        expect(series.values.every((v) => v.month >= monthIndex(2024, 1) && v.month <= monthIndex(2024, 12))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

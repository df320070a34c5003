import type { PackageTexts } from "../../src/data/package-files";

/**
 * A synthetic data package of `figures` rows, for benchmarks and tests only (never shipped): ports
 * and partner countries on a grid, monthly and year-to-date figures over four years, all sourced.
 * Deterministic: the same size always gives the same package.
 */
export function syntheticPackage(figures: number): PackageTexts {
  const ports = Math.max(4, Math.round(Math.sqrt(figures / 12)));
  const partners = Math.max(3, Math.round(ports / 2));
  const places: unknown[] = [];
  for (let i = 0; i < ports; i += 1) {
    places.push({ type: "Feature", geometry: { type: "Point", coordinates: [60 + (i % 40), 30 + Math.floor(i / 40) % 30] }, properties: { id: `port-${i}`, name_en: `Port ${i}`, kind: "port", country: "CHN", across: "KAZ", coord_precision: "exact", coord_source: ["S1"] } });
  }
  for (let j = 0; j < partners; j += 1) {
    places.push({ type: "Feature", geometry: { type: "Point", coordinates: [20 + (j % 30), 40 + Math.floor(j / 30) % 20] }, properties: { id: `partner-${j}`, name_en: `Partner ${j}`, kind: "country", country: "KAZ", coord_precision: "anchor", coord_note: "A representative point." } });
  }
  places.push({ type: "Feature", geometry: null, properties: { id: "world", name_en: "World", kind: "group", members: ["*"] } });
  const rows = ["id,metric,period_start,period_end,basis,origin,destination,direction,value,unit,source"];
  let n = 0;
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  outer: for (let year = 2022; year <= 2025; year += 1) {
    for (let i = 0; i < ports; i += 1) {
      for (let j = 0; j < partners; j += 1) {
        let total = 0;
        for (let month = 1; month <= 12; month += 1) {
          if (n >= figures) break outer;
          const amount = Math.round(random() * 1000) / 10;
          total = Math.round((total + amount) * 10) / 10;
          const mm = String(month).padStart(2, "0");
          // Mostly year-to-date totals, as customs publish them, with a month figure now and then.
          const ytd = month % 3 !== 1;
          rows.push(`f${n},trade_value,${year}-${ytd ? "01" : mm},${year}-${mm},${ytd ? "ytd" : "month"},port-${i},partner-${j},both,${ytd ? total.toFixed(1) : amount.toFixed(1)},M CNY,S1`);
          n += 1;
        }
      }
    }
  }
  return {
    dataset: JSON.stringify({
      format: "trade-corridors/1",
      id: `synthetic-${figures}`,
      title: { en: `Synthetic package of ${figures} figures (benchmark only)` },
      defaultMetric: "trade_value",
      metrics: [{ id: "trade_value", label: { en: "Trade value" }, unit: "CNY" }],
      view: { bounds: [[15, 25], [105, 65]], months: ["2022-01", "2025-12"] },
    }),
    sources: "id,outlet,title,date,url\nS1,Benchmark,Synthetic figures,2025-01-01,\n",
    figures: `${rows.join("\n")}\n`,
    places: JSON.stringify({ type: "FeatureCollection", features: places }),
  };
}

import type { Figure, MonthlyValue } from "../../data/model";
import { formatMonthSpan } from "../../format/format-month";
import type { Lookups } from "./lookups";

/** The published periods a monthly value was computed from, in words: "Jan–May 2023 minus Jan–Apr 2023". */
export interface Provenance {
  method: MonthlyValue["method"];
  /** The published figures used, minuend first */
  figures: Figure[];
  /** "Jan–May 2023", one per figure */
  periods: string[];
  /** Months the value is an even share of (spread only) */
  spreadOver: number;
  /** Published year-on-year change of the first figure that has one */
  yoy?: { pct: number; period: string };
  share?: { pct: number; period: string; note?: string };
}

export function figurePeriod(figure: Figure): string {
  return formatMonthSpan(figure.start, figure.end);
}

export function provenanceOf(cell: MonthlyValue, l: Lookups): Provenance {
  const figures = cell.figureIds.flatMap((id) => {
    const figure = l.figures.get(id);
    return figure ? [figure] : [];
  });
  const withYoy = figures.find((f) => f.yoyPct !== undefined);
  const withShare = figures.find((f) => f.sharePct !== undefined);
  return {
    method: cell.method,
    figures,
    periods: [...new Set(figures.map(figurePeriod))],
    spreadOver: cell.method === "spread" ? cell.span[1] - cell.span[0] + 1 : 1,
    ...(withYoy?.yoyPct !== undefined ? { yoy: { pct: withYoy.yoyPct, period: figurePeriod(withYoy) } } : {}),
    ...(withShare?.sharePct !== undefined
      ? { share: { pct: withShare.sharePct, period: figurePeriod(withShare), ...(withShare.note ? { note: withShare.note } : {}) } }
      : {}),
  };
}

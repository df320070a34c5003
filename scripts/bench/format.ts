/** Plain-text tables and number formats for the bench's console output. */

export interface Column {
  title: string;
  /** Numbers read best right-aligned */
  align?: "left" | "right";
}

export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return c.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join("\n");
}

const finite = (value: number | null | undefined): value is number => value != null && Number.isFinite(value);

/** Fixed decimals, or "—" for a figure that is missing. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return finite(value) ? value.toFixed(decimals) : "—";
}

export const kb = (bytes: number | null | undefined): string => (finite(bytes) ? (bytes / 1024).toFixed(1) : "—");
export const mb = (bytes: number | null | undefined): string => (finite(bytes) ? (bytes / 1024 / 1024).toFixed(0) : "—");
export const ms = (value: number | null | undefined): string => (finite(value) && value >= 0 ? value.toFixed(0) : "—");
export const times = (value: number | null | undefined, decimals = 2): string => (finite(value) ? `${value.toFixed(decimals)}×` : "—");

/** "1.23× (goal ≤ 1.1: met)" */
export function againstGoal(value: number, goal: number): string {
  if (!Number.isFinite(value)) return "— (not measured)";
  return `${value.toFixed(2)}× (goal ≤ ${goal}: ${value <= goal ? "met" : `over by ${(((value - goal) / goal) * 100).toFixed(0)} %`})`;
}

/** 100000 → "100,000" */
export const count = (value: number): string => value.toLocaleString("en-US");

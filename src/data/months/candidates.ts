import type { Figure } from "../model";
import type { QualifiedValue } from "../qualifier";
import { EXACT_ZERO } from "../qualifier";
import { unitDefinition } from "../units";

/** One distinct published value for a period; several figures with the same value corroborate each other. */
export interface Candidate {
  q: QualifiedValue;
  figureIds: string[];
  /** Half a unit of the last published digit, in base units. */
  tolerance: number;
  unit: string;
}

export function publishedRounding(figure: Figure): number {
  const factor = unitDefinition(figure.unit)?.factor ?? 1;
  return 0.5 * 10 ** -figure.decimals * factor;
}

/** Groups figures of one period into distinct values; more than one candidate is a conflict. */
export function candidatesOf(figures: readonly Figure[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const f of figures) {
    const same = candidates.find((c) => c.q.value === f.baseValue && c.q.bound === f.bound && c.q.approx === f.approx);
    if (same) {
      same.figureIds.push(f.id);
      continue;
    }
    candidates.push({ q: { value: f.baseValue, bound: f.bound, approx: f.approx }, figureIds: [f.id], tolerance: publishedRounding(f), unit: f.unit });
  }
  return candidates;
}

/** The start of a year: nothing published yet, nothing to subtract. */
export const ZERO_TOTAL: Candidate[] = [{ q: EXACT_ZERO, figureIds: [], tolerance: 0, unit: "" }];

export function primary(candidates: readonly Candidate[]): Candidate {
  const first = candidates[0];
  if (!first) throw new Error("a period without candidates cannot be used");
  return first;
}

/** The figure that stands for a candidate in a recipe: corroborating copies have the same value. */
export function representative(candidate: Candidate): string[] {
  const id = candidate.figureIds[0];
  return id === undefined ? [] : [id];
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

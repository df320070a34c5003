import type { Place } from "../../data/model";

/** Every name a reader might type for a place: English, Chinese, Russian and the other spellings. */
export function namesOf(place: Place): string[] {
  return [place.nameEn, place.nameZh, place.nameRu, ...place.altNames].filter((n): n is string => !!n);
}

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();

/**
 * Places matching what the reader typed, best first: a name that starts with it before one that
 * contains it; ports before cities before the rest. Groups without a point cannot be shown and are left out.
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const kindRank: Record<string, number> = { port: 0, hub: 1, airport: 1, city: 2, counterpart: 3, region: 4, country: 4, group: 5 };
  return places
    .filter((p) => p.coordinates !== null)
    .map((p) => {
      const names = namesOf(p).map(fold);
      const starts = names.some((n) => n.startsWith(q) || n.split(/[\s–-]+/).some((w) => w.startsWith(q)));
      const contains = names.some((n) => n.includes(q));
      return { p, score: starts ? 0 : contains ? 1 : 9 };
    })
    .filter((r) => r.score < 9)
    .sort((a, b) => a.score - b.score || (kindRank[a.p.kind] ?? 6) - (kindRank[b.p.kind] ?? 6) || a.p.nameEn.localeCompare(b.p.nameEn))
    .slice(0, limit)
    .map((r) => r.p);
}

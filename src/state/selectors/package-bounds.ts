import type { CompiledPackage } from "../../data/model";

/**
 * Where a package's story is: its view's bounds when it gives them, else the box around its drawn
 * places (not country anchors far away), with a margin. Null when nothing has a position.
 */
export function packageBounds(data: Pick<CompiledPackage, "dataset" | "places">): [[number, number], [number, number]] | null {
  if (data.dataset.view?.bounds) return data.dataset.view.bounds;
  const points = data.places.filter((p) => p.coordinates && p.kind !== "country" && p.kind !== "group").map((p) => p.coordinates as [number, number]);
  const all = points.length > 0 ? points : data.places.flatMap((p) => (p.coordinates ? [p.coordinates] : []));
  if (all.length === 0) return null;
  const margin = (a: number, b: number) => Math.max(1, (b - a) * 0.1);
  let [w, e, s, n] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lon, lat] of all) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [Math.max(-180, w - margin(w, e)), Math.max(-85, s - margin(s, n))],
    [Math.min(180, e + margin(w, e)), Math.min(85, n + margin(s, n))],
  ];
}

import type { Located } from "./load-package";
import type { Figure, Place } from "./model";
import type { Problem } from "./problems";

/** Kinds of place a figure is reported about (a border port, a province or prefecture): never the partner of an import here. */
const REPORTING_KINDS: readonly string[] = ["port", "region"];

/** A partner of a reporting place: a group of countries, or a place in another country. */
function isPartnerOf(reporting: Place, other: Place): boolean {
  if (REPORTING_KINDS.includes(other.kind)) return false;
  return other.kind === "group" || (other.country !== undefined && other.country !== reporting.country);
}

/**
 * An import's origin is the partner the goods come from and its destination the place that receives
 * them. The common slip is to enter an import like an export, the reporting place first. The rule:
 * a figure with direction `import` whose origin is a `port` or `region` and whose destination is a
 * partner of it (a group, or a place of another country that is not itself a port or region) is
 * warned about, with the swap the editor probably meant. The figure is kept as entered.
 */
export function checkImportDirections(figures: readonly Located<Figure>[], places: readonly Located<Place>[]): Problem[] {
  const byId = new Map(places.map((p) => [p.value.id, p.value]));
  const problems: Problem[] = [];
  for (const item of figures) {
    const f = item.value;
    if (f.direction !== "import") continue;
    const origin = byId.get(f.origin);
    const destination = byId.get(f.destination);
    if (!origin || !destination || !REPORTING_KINDS.includes(origin.kind) || !isPartnerOf(origin, destination)) continue;
    problems.push({
      file: item.file,
      line: item.line,
      severity: "warning",
      message:
        `figure "${f.id}": an import's origin is the partner the goods come from, but origin "${f.origin}" is the ${origin.kind} the figure is about ` +
        `and destination "${f.destination}" is its partner; probably origin and destination are swapped: origin ${f.destination}, destination ${f.origin}`,
    });
  }
  return problems;
}

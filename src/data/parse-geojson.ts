import type { z } from "zod";
import type { Problem } from "./problems";
import { readJson } from "./read-json";
import { describeIssue } from "./zod-issues";

export interface LocatedFeature<T> {
  value: T;
  /** Line where the feature starts, for messages about it. */
  line: number;
  /** Line of any property of the feature. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export interface FeatureCollectionResult<T> {
  features: LocatedFeature<T>[];
  problems: Problem[];
  /** Ids of features that were reported and dropped, so references to them are not reported twice. */
  rejectedIds: string[];
  /** True when the file as a whole could not be read (syntax error, not a FeatureCollection). */
  unreadable: boolean;
}

/**
 * Reads a GeoJSON FeatureCollection and checks each feature against its schema on its own,
 * so one bad feature is reported at its line and dropped while the good ones are kept.
 */
export function parseFeatureCollection<S extends z.ZodType>(
  file: string,
  text: string,
  featureSchema: S,
): FeatureCollectionResult<z.output<S>> {
  const problems: Problem[] = [];
  const read = readJson(file, text);
  if (!read.ok) return { features: [], problems: read.problems, rejectedIds: [], unreadable: true };
  const { value: json, locator } = read;
  const isCollection =
    typeof json === "object" && json !== null && "type" in json && json.type === "FeatureCollection" && "features" in json && Array.isArray(json.features);
  if (!isCollection) {
    problems.push({ file, line: 1, severity: "error", message: 'expected a GeoJSON object with "type": "FeatureCollection" and a "features" array' });
    return { features: [], problems, rejectedIds: [], unreadable: true };
  }
  const rawFeatures = (json as { features: unknown[] }).features;
  const features: LocatedFeature<z.output<S>>[] = [];
  const rejectedIds: string[] = [];
  rawFeatures.forEach((raw, index) => {
    const lineOf = (path: readonly (string | number)[]) => locator.lineOf(["features", index, ...path]);
    const result = featureSchema.safeParse(raw);
    if (!result.success) {
      const id = typeof raw === "object" && raw !== null && "properties" in raw ? idOf(raw.properties) : undefined;
      const label = id ? `feature "${id}"` : `feature ${index + 1}`;
      if (id) rejectedIds.push(id);
      for (const issue of result.error.issues) {
        const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
        problems.push({ file, line: lineOf(path), severity: "error", message: `${label}: ${describeIssue(issue)}` });
      }
      return;
    }
    features.push({ value: result.data, line: lineOf([]), lineOf });
  });
  return { features, problems, rejectedIds, unreadable: false };
}

function idOf(properties: unknown): string | undefined {
  if (typeof properties === "object" && properties !== null && "id" in properties && typeof properties.id === "string") {
    return properties.id;
  }
  return undefined;
}

/** The files of a data package, by their path inside the package folder. */
export const PACKAGE_FILES = {
  dataset: "dataset.json",
  sources: "sources.csv",
  figures: "figures.csv",
  places: "geo/places.geojson",
  zones: "geo/zones.geojson",
  routes: "geo/routes.geojson",
} as const;

export type PackageFileKey = keyof typeof PACKAGE_FILES;

/** File contents as text; zones and routes are optional. Reading them is the caller's business (fs, fetch, a file input). */
export type PackageTexts = Partial<Record<PackageFileKey, string>>;

export const REQUIRED_FILES: readonly PackageFileKey[] = ["dataset", "sources", "figures", "places"];

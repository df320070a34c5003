import type { CompiledPackage } from "../data/model";
import { PACKAGE_FILES } from "../data/package-files";
import { rejectedCount, type InputFile } from "../data/package-input";
import { dataLoaded, fitPackage } from "../state/actions";
import { useExplorerStore, type PackageReport } from "../state/store";
import { checkInWorker, type CheckedPackage } from "./check-in-worker";
import { compiledFrom } from "./load-data";

export interface OpenedPackage {
  compiled: CompiledPackage;
  /** What the check found; null for an already compiled package */
  report: PackageReport | null;
}

const progress = (stage: string, done: number) => useExplorerStore.setState({ status: { state: "checking", stage, done } });

function opened(name: string, checked: CheckedPackage): OpenedPackage {
  const report: PackageReport = { name, problems: checked.problems, ignored: checked.ignored, rejected: rejectedCount(checked.problems) };
  if (!checked.compiled) {
    useExplorerStore.setState({ packageReport: report });
    throw new Error(`${name}: ${checked.problems.find((p) => p.severity === "error")?.message ?? "the package could not be read"}`);
  }
  return { compiled: checked.compiled, report };
}

async function fetchBytes(url: string): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`${url} could not be fetched. If it is on another site, that site must allow it (CORS).`);
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * `?data=` — a compiled package (.json), a zip of a package (.zip), or a package folder (ending in
 * "/", or its dataset.json): on this site, or on another that allows it (CORS). Raw packages are
 * checked in the browser, in a Web Worker, with the same checker as the command line.
 */
export async function loadPackageFromUrl(url: string): Promise<OpenedPackage> {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith(".zip")) {
    progress("reading", 0);
    const bytes = await fetchBytes(url);
    if (!bytes) throw new Error(`${url} was not found`);
    return opened(url, await checkInWorker({ kind: "zip", bytes }, progress));
  }
  if (path.endsWith(".json")) {
    const bytes = await fetchBytes(url);
    if (!bytes) throw new Error(`the data file answered 404 (${url})`);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
    } catch {
      throw new Error("the data file is not valid JSON");
    }
    const isDataset = typeof json === "object" && json !== null && "metrics" in json && !("series" in json);
    if (!isDataset) return { compiled: compiledFrom(json), report: null };
  }
  progress("reading", 0);
  const folder = new URL(path.endsWith("/") ? "." : "./", url).href;
  const files: InputFile[] = [];
  for (const key of Object.keys(PACKAGE_FILES) as (keyof typeof PACKAGE_FILES)[]) {
    const bytes = await fetchBytes(new URL(PACKAGE_FILES[key], folder).href);
    if (bytes) files.push({ path: PACKAGE_FILES[key], bytes });
  }
  return opened(folder, await checkInWorker({ kind: "files", files }, progress));
}

/** Files from a file picker or a drop (loose files of a package, or one zip): checked, then shown. */
export async function openPackageFiles(files: readonly File[]): Promise<void> {
  progress("reading", 0);
  const name = files.length === 1 && files[0] ? files[0].name : `${files.length} files`;
  try {
    const inputs: InputFile[] = await Promise.all(
      files.map(async (f) => ({ path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const zip = inputs.length === 1 && inputs[0]?.path.toLowerCase().endsWith(".zip") ? inputs[0] : undefined;
    showPackage(opened(name, await checkInWorker(zip ? { kind: "zip", bytes: zip.bytes } : { kind: "files", files: inputs }, progress)));
  } catch (error) {
    useExplorerStore.setState({ status: { state: "error", message: error instanceof Error ? error.message : String(error) } });
  }
}

/** A newly opened package replaces the one on screen, with the map fitted to it. */
export function showPackage({ compiled, report }: OpenedPackage): void {
  dataLoaded(compiled);
  useExplorerStore.setState({ packageReport: report, pinned: null, notice: null, dataUrl: null });
  fitPackage();
}

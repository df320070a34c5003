import { COMPACT_FORMAT, decodeCompiled, type CompactPackage } from "../data/compact/compiled-format";
import type { CompiledPackage } from "../data/model";

/** The compiled package sits next to the page, so the app works from any folder it is uploaded to. */
export function dataUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}data/corridors.json`, window.location.href).href;
}

function isCompact(value: unknown): value is CompactPackage {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format === COMPACT_FORMAT;
}

function looksCompiled(value: unknown): value is CompiledPackage {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const dataset = v.dataset as Record<string, unknown> | undefined;
  return dataset?.format === "trade-corridors/1" && Array.isArray(v.series) && Array.isArray(v.places) && Array.isArray(v.figures);
}

/** A compiled package from parsed JSON, in either the compact or the plain form; anything else is refused. */
export function compiledFrom(json: unknown): CompiledPackage {
  if (isCompact(json)) return decodeCompiled(json);
  if (looksCompiled(json)) return json;
  throw new Error("the data file is not a compiled trade-corridors package");
}

/** Fetches the compiled package; any failure becomes a message a reader can act on. */
export async function loadCompiledPackage(url: string, fetchImpl: typeof fetch = fetch): Promise<CompiledPackage> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new Error("the data file could not be reached");
  }
  if (!response.ok) throw new Error(`the data file answered ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error("the data file is not valid JSON");
  }
  return compiledFrom(json);
}

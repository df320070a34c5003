import type { Theme } from "../map/layers/palette";

export interface UrlOptions {
  /** Another compiled package on the same site (benchmarks, staging a newsroom's own data). */
  dataUrl: string | null;
  /** A MapLibre style URL the reader or newsroom asked for; only http(s) is allowed. */
  styleUrl: string | null;
  theme: Theme | null;
}

/**
 * Reads the query string through an allow-list: unknown parameters are ignored, and a value that
 * does not pass its check is dropped rather than half-used.
 */
export function parseUrlOptions(search: string, pageUrl: string): UrlOptions {
  const params = new URLSearchParams(search);
  return {
    dataUrl: checkDataUrl(params.get("data"), pageUrl),
    styleUrl: checkStyleUrl(params.get("style"), pageUrl),
    theme: checkTheme(params.get("theme")),
  };
}

function checkStyleUrl(value: string | null, pageUrl: string): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const url = new URL(value, pageUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Same origin only, and a .json file: a link must not make the page fetch from somewhere else. */
function checkDataUrl(value: string | null, pageUrl: string): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const url = new URL(value, pageUrl);
    return url.origin === new URL(pageUrl).origin && url.pathname.endsWith(".json") ? url.href : null;
  } catch {
    return null;
  }
}

function checkTheme(value: string | null): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}

import { dataFailed, dataLoaded, setPanelOpen, setStyleUrl, setTheme } from "../state/actions";
import { dataUrl, loadCompiledPackage } from "./load-data";
import { parseUrlOptions } from "./url-params";

/** Reads the page's options and starts loading data; the UI renders from the store meanwhile. */
export function startExplorer(): void {
  const options = parseUrlOptions(window.location.search, window.location.href);
  if (options.styleUrl) setStyleUrl(options.styleUrl);
  const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  setTheme(options.theme ?? (prefersDark ? "dark" : "light"));
  // On a phone the panel would cover the map: start with it folded away.
  if (window.matchMedia?.("(max-width: 700px)").matches) setPanelOpen(false);
  loadCompiledPackage(options.dataUrl ?? dataUrl())
    .then((data) => dataLoaded(data))
    .catch((error: unknown) => dataFailed(error instanceof Error ? error.message : String(error)));
}

import { dataFailed, dataLoaded, markFirstViewDrawn, pin, setFilters, setLanguage, setPanelOpen, setPlaying, setReducedMotion } from "../state/actions";
import { monthRange } from "../data/month";
import { useExplorerStore } from "../state/store";
import { dataUrl, loadCompiledPackage } from "./load-data";
import { loadPackageFromUrl } from "./open-package";
import { applyToPackage, parseUrlView } from "./url-state";

/** Long after a phone on SwiftShader draws the opening view (about 1.5 s), short of a reader scrolling to the tables. */
const FIRST_VIEW_AT_THE_LATEST_MS = 4000;

/**
 * Reads the page's link through its allow-lists, starts loading the data, and applies what only the
 * data can confirm (month, metric, selection, filters) once it has arrived. The UI renders from the
 * store meanwhile; anything the link got wrong is named in a notice.
 */
export function startExplorer(): void {
  const { view, ignored } = parseUrlView(window.location.search, window.location.href);
  const media = (query: string) => window.matchMedia?.(query).matches ?? false;
  const reduced = media("(prefers-reduced-motion: reduce)");
  useExplorerStore.setState({
    styleUrl: view.styleUrl,
    dataUrl: view.dataUrl,
    theme: view.theme ?? (media("(prefers-color-scheme: dark)") ? "dark" : "light"),
    ...(view.colorBy ? { colorBy: view.colorBy } : {}),
    ...(view.layers ? { layers: view.layers } : {}),
    animateFlows: !reduced && view.animate === true,
    embed: view.embed,
    ...(view.show ? { show: view.show } : {}),
    initialCamera: view.camera,
    camera: view.camera,
    ignoredParams: ignored,
  });
  setReducedMotion(reduced);
  const browserLang = navigator.language?.slice(0, 2);
  const lang = view.lang ?? (browserLang === "zh" || browserLang === "ru" ? browserLang : "en");
  const language = lang === "en" ? Promise.resolve() : setLanguage(lang).catch(() => undefined);
  // On a phone the panel would cover the map: start with it folded away.
  if (media("(max-width: 700px)") || view.embed) setPanelOpen(false);
  const packageLoad = view.dataUrl ? loadPackageFromUrl(view.dataUrl) : loadCompiledPackage(dataUrl()).then((compiled) => ({ compiled, report: null }));
  Promise.all([packageLoad, language])
    .then(([{ compiled: data, report }]) => {
      const timeline = data.timeline ? monthRange(data.timeline[0], data.timeline[1]) : [];
      const { result, ignored: notInPackage } = applyToPackage(view, data, timeline);
      dataLoaded(data, { ...(result.metric ? { metric: result.metric } : {}), ...(result.month !== undefined ? { month: result.month } : {}) });
      if (result.selection) pin(result.selection);
      setFilters(result.filters);
      // No autoplay unless the link asks, and never under prefers-reduced-motion.
      if (view.play && !reduced) setPlaying(true);
      useExplorerStore.setState({ ignoredParams: [...ignored, ...notInPackage], packageReport: report });
      // The map's first idle says when the opening view is drawn; a map that never gets there (a
      // background tab, an embed below the fold) must not hold back the tables and the panel.
      window.setTimeout(markFirstViewDrawn, FIRST_VIEW_AT_THE_LATEST_MS);
    })
    .catch((error: unknown) => dataFailed(error instanceof Error ? error.message : String(error)));
}

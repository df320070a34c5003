import { useEffect } from "react";
import { localized } from "../state/selectors/labels";
import { useExplorerStore } from "../state/store";

/** The page's title and description come from the data package, in the reader's language. */
export function useDocumentMeta(): void {
  const data = useExplorerStore((s) => s.data);
  const lang = useExplorerStore((s) => s.lang);
  useEffect(() => {
    if (!data) return;
    document.title = localized(data.dataset.title, lang);
    document.documentElement.lang = lang === "zh" ? "zh-Hans" : lang;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement("meta");
      meta.name = "description";
      document.head.appendChild(meta);
    }
    meta.content = localized(data.dataset.description, lang) || localized(data.dataset.title, lang);
  }, [data, lang]);
}

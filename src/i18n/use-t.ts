import { useCallback } from "react";
import { useExplorerStore } from "../state/store";
import { t, type TextKey, type TextVars } from "./i18n";

/** The translate function, re-bound when the language changes so components re-render in it. */
export function useT(): (key: TextKey, vars?: TextVars) => string {
  const lang = useExplorerStore((s) => s.lang);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((key: TextKey, vars?: TextVars) => t(key, vars), [lang]);
}

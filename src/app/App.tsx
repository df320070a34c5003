import { useExplorerStore } from "../state/store";
import { EmbedLayout } from "./EmbedLayout";
import { FullLayout } from "./FullLayout";
import { useDocumentMeta } from "./use-document-meta";
import { useKeyboardShortcuts } from "../ui/use-keyboard-shortcuts";
import { useUrlSync } from "./use-url-sync";

export function App() {
  useUrlSync();
  useDocumentMeta();
  useKeyboardShortcuts();
  const theme = useExplorerStore((s) => s.theme);
  const embed = useExplorerStore((s) => s.embed);
  return <div className={`app theme-${theme}${embed ? " app-embed" : ""}`}>{embed ? <EmbedLayout /> : <FullLayout />}</div>;
}

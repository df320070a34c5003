import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../state/store";

/** Names the link parameters the explorer could not use; the rest of the link still applied. */
export function LinkNotice() {
  const t = useT();
  const ignored = useExplorerStore((s) => s.ignoredParams);
  if (ignored.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      {t("link.ignored", { params: ignored.map((p) => `${p.name}=${p.value}`).join(", ") })}{" "}
      <button type="button" className="link-button" onClick={() => useExplorerStore.setState({ ignoredParams: [] })}>
        {t("panel.dismiss")}
      </button>
    </div>
  );
}

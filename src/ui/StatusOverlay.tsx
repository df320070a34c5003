import { strings } from "../i18n/strings";
import { useExplorerStore } from "../state/store";

/** A plain message while loading or when loading failed: never a blank page. */
export function StatusOverlay() {
  const t = strings();
  const status = useExplorerStore((s) => s.status);
  if (status.state === "ready") return null;
  if (status.state === "loading") {
    return (
      <div className="status-overlay" role="status">
        <div className="spinner" aria-hidden="true" />
        <p>{t.loading}</p>
      </div>
    );
  }
  return (
    <div className="status-overlay error" role="alert">
      <h2>{t.loadFailed}</h2>
      <p className="error-detail">{status.message}</p>
      <p>{t.loadFailedHint}</p>
    </div>
  );
}

import { tOr } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../state/store";

/** A plain message while loading or when loading failed: never a blank page. */
export function StatusOverlay() {
  const t = useT();
  const status = useExplorerStore((s) => s.status);
  if (status.state === "ready") return null;
  if (status.state === "checking") {
    return (
      <div className="status-overlay" role="status">
        <p>{t("package.checking", { stage: tOr(`package.stage.${status.stage}`, status.stage) })}</p>
        <progress max={1} value={status.done} aria-label={t("package.checkingLabel")} />
      </div>
    );
  }
  if (status.state === "loading") {
    // A small card over the map: the basemap draws underneath while the package is on its way.
    return (
      <div className="status-overlay loading" role="status">
        <div className="status-card">
          <div className="spinner" aria-hidden="true" />
          <p>{t("app.loading")}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="status-overlay error" role="alert">
      <h2>{t("app.loadFailed")}</h2>
      <p className="error-detail">{status.message}</p>
      <p>{t("app.loadFailedHint")}</p>
    </div>
  );
}

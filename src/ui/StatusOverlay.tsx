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
    return (
      <div className="status-overlay" role="status">
        <div className="spinner" aria-hidden="true" />
        <p>{t("app.loading")}</p>
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

import { Component, type ReactNode } from "react";
import { t } from "../i18n/i18n";

/**
 * Catches a crash of the map (a style that fails, a driver bug) and says so, with a way back:
 * the rest of the page keeps working, and nobody is left with a white page.
 */
export class MapErrorBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state: { error: string | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <div className="status-overlay error" role="alert">
          <h2>{t("app.crashed")}</h2>
          <p>{t("app.crashedHint")}</p>
          <p className="error-detail">{this.state.error}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t("app.reload")}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

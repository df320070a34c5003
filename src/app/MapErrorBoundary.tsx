import { Component, type ReactNode } from "react";
import { t } from "../i18n/i18n";

/** Catches a map crash (WebGL lost, a style that fails) and says so, keeping the rest of the page usable. */
export class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="status-overlay error" role="alert">
          <p>{t("app.webglMissing")}</p>
        </div>
      );
    }
    return this.props.children;
  }
}

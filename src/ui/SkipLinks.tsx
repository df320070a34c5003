import { useT } from "../i18n/use-t";

/** Shown when focused: straight to the table or the timeline instead of through every control. */
export function SkipLinks() {
  const t = useT();
  return (
    <nav className="skip-links" aria-label={t("skip.label")}>
      <a href="#data-view">{t("skip.table")}</a>
      <a href="#timeline">{t("skip.timeline")}</a>
    </nav>
  );
}

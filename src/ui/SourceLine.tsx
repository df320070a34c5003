import { useT } from "../i18n/use-t";
import { onScreenSources } from "../state/selectors/on-screen-sources";
import { useShownMonth } from "../state/use-shown-month";

/** The few outlets behind what is on screen, as news graphics cite them; the full list is one click away. */
export function SourceLine({ maxOutlets = 4, onShowAll }: { maxOutlets?: number; onShowAll?: () => void }) {
  const t = useT();
  const { data, frames, metric, month, filters } = useShownMonth();
  if (!data || !frames || month === null) return null;
  const { outlets } = onScreenSources(data, frames, metric, month, filters);
  if (outlets.length === 0) return null;
  const shown = outlets.slice(0, maxOutlets).join(", ") + (outlets.length > maxOutlets ? ` +${outlets.length - maxOutlets}` : "");
  return (
    <p className="source-line">
      {t("sources.line", { outlets: shown })}
      {onShowAll ? (
        <>
          {" · "}
          <button type="button" className="link-button" onClick={onShowAll}>
            {t("sources.all")}
          </button>
        </>
      ) : null}
    </p>
  );
}

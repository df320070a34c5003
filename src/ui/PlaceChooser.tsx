import { kindLabel } from "../i18n/vocabulary";
import { useT } from "../i18n/use-t";
import { openChooser, pin } from "../state/actions";
import { nameOf } from "../state/selectors/labels";
import { lookups } from "../state/selectors/lookups";
import { useExplorerStore } from "../state/store";

/** Several places under one tap (a port, the town across the border, a neighbouring port): the reader picks which one was meant. */
export function PlaceChooser() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const chooser = useExplorerStore((s) => s.chooser);
  if (!data || !chooser) return null;
  const l = lookups(data);
  return (
    <div className="place-chooser" role="dialog" aria-label={t("chooser.title")} style={{ left: chooser.point.x, top: chooser.point.y }}>
      <p className="chooser-title">{t("chooser.title")}</p>
      <ul>
        {chooser.placeIds.map((id) => {
          const place = l.places.get(id);
          if (!place) return null;
          return (
            <li key={id}>
              <button type="button" onClick={() => pin({ type: "place", id })}>
                {nameOf(place)} <span className="search-kind">{kindLabel(place.kind)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="close-button" aria-label={t("panel.closeDetails")} onClick={() => openChooser(null)}>
        ×
      </button>
    </div>
  );
}

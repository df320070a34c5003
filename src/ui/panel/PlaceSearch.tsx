import { kindLabel } from "../../i18n/vocabulary";
import { useId, useState } from "react";
import { useT } from "../../i18n/use-t";
import { flyToPlace, pin } from "../../state/actions";
import { nameOf } from "../../state/selectors/labels";
import { searchPlaces } from "../../state/selectors/place-search";
import { useExplorerStore } from "../../state/store";
import type { Place } from "../../data/model";

/** Two of the package's own ports (else places) in the reader's language, for the search box's hint. */
function searchExamples(places: readonly Place[], lang: string): string {
  const named = places.filter((p) => p.coordinates && p.kind !== "group" && p.kind !== "country");
  const ports = named.filter((p) => p.kind === "port");
  return (ports.length >= 2 ? ports : named)
    .slice(0, 2)
    .map((p) => nameOf(p, lang))
    .join(", ");
}

/** A place search box (names in every language and other spellings): choosing one pins it and flies there. */
export function PlaceSearch() {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const lang = useExplorerStore((s) => s.lang);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  if (!data) return null;
  const matches = searchPlaces(data.places, query);
  const choose = (id: string) => {
    pin({ type: "place", id });
    flyToPlace(id);
    setQuery("");
  };
  return (
    <div className="place-search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        value={query}
        placeholder={t("search.placeholder", { examples: searchExamples(data.places, lang) })}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? `${listId}-${matches[active].id}` : undefined}
        aria-label={t("search.label")}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(matches.length - 1, a + 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
          else if (e.key === "Enter" && matches[active]) choose(matches[active].id);
          else if (e.key === "Escape") setQuery("");
          else return;
          e.preventDefault();
        }}
      />
      {query.trim().length > 0 ? (
        <ul id={listId} role="listbox" className="search-results">
          {matches.length === 0 ? <li className="search-empty">{t("search.noMatch")}</li> : null}
          {matches.map((p, i) => (
            <li key={p.id} id={`${listId}-${p.id}`} role="option" aria-selected={i === active} className={i === active ? "active" : undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(p.id)}>
              {nameOf(p, lang)} <span className="search-kind">{kindLabel(p.kind)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

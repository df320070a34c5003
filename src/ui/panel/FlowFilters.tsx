import { useMemo } from "react";
import { useT } from "../../i18n/use-t";
import { modeLabel } from "../../i18n/vocabulary";
import { clearFilters, setFilters } from "../../state/actions";
import { nameOf } from "../../state/selectors/labels";
import { lookups } from "../../state/selectors/lookups";
import { TOP_N_CHOICES, useExplorerStore } from "../../state/store";
import { useShownMonth } from "../../state/use-shown-month";


/** Filters as flowmap.blue users expect them: by partner, by port, by mode, and only the largest N flows. */
export function FlowFilters() {
  const t = useT();
  const { data, frames, metric, filters } = useShownMonth();
  const lang = useExplorerStore((s) => s.lang);
  const options = useMemo(() => {
    if (!data || !frames) return { partners: [], ports: [], modes: [] };
    const l = lookups(data);
    const drawn = [...(frames.flows.get(metric)?.items ?? []), ...(frames.corridors.get(metric)?.items ?? [])];
    const ids = (list: string[]) =>
      [...new Set(list)]
        .map((id) => l.places.get(id))
        .filter((p): p is NonNullable<typeof p> => !!p && !(p.kind === "group" && p.members?.includes("*")))
        .sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang)));
    return {
      partners: ids(drawn.map((f) => f.destination)),
      ports: ids(drawn.flatMap((f) => ["through" in f ? f.through : f.origin]).filter((id) => l.places.get(id)?.kind === "port")),
      modes: [...new Set(drawn.map((f) => f.mode))].sort(),
    };
  }, [data, frames, metric, lang]);
  const active = [filters.partner, filters.port, filters.mode, filters.topN].filter((v) => v !== null).length;
  return (
    <details className="flow-filters" open={active > 0}>
      <summary>
        {t("filters.title")}
        {active > 0 ? ` · ${t("filters.active", { count: active })}` : ""}
      </summary>
      <div className="filter-grid">
        <label htmlFor="filter-partner">{t("filters.partner")}</label>
        <select id="filter-partner" value={filters.partner ?? ""} onChange={(e) => setFilters({ partner: e.currentTarget.value || null })}>
          <option value="">{t("filters.any")}</option>
          {options.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf(p, lang)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-port">{t("filters.port")}</label>
        <select id="filter-port" value={filters.port ?? ""} onChange={(e) => setFilters({ port: e.currentTarget.value || null })}>
          <option value="">{t("filters.any")}</option>
          {options.ports.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf(p, lang)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-mode">{t("filters.mode")}</label>
        <select id="filter-mode" value={filters.mode ?? ""} onChange={(e) => setFilters({ mode: options.modes.find((m) => m === e.currentTarget.value) ?? null })}>
          <option value="">{t("filters.any")}</option>
          {options.modes.map((m) => (
            <option key={m} value={m}>
              {modeLabel(m)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-top">{t("filters.topN")}</label>
        <select id="filter-top" value={filters.topN ?? ""} onChange={(e) => setFilters({ topN: TOP_N_CHOICES.find((n) => String(n) === e.currentTarget.value) ?? null })}>
          <option value="">{t("filters.any")}</option>
          {TOP_N_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t("filters.topNOption", { count: n })}
            </option>
          ))}
        </select>
      </div>
      {active > 0 ? (
        <button type="button" className="link-button" onClick={clearFilters}>
          {t("filters.clear")}
        </button>
      ) : null}
    </details>
  );
}

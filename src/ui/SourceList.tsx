import type { Source } from "../data/model";
import { formatPublishedDate } from "../format/format-month";
import { useT } from "../i18n/use-t";

/** Outlet, title and date of each source; a link only where we trust the page (checked as http(s) at load). */
export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <div className="sources">
      <h4>{t("details.sources")}</h4>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <span className="source-outlet">{source.outlet}</span>
            {", "}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            {", "}
            <span className="source-date">{source.date ? formatPublishedDate(source.date) : t("details.undated")}</span>
            {source.note ? <span className="source-note">{` — ${source.note}`}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

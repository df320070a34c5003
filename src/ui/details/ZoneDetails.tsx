import type { Zone } from "../../data/model";
import { strings } from "../../i18n/strings";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

const km2 = (value: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value);

export function ZoneDetails({ data, compact, zone }: DetailsProps & { zone: Zone }) {
  const t = strings();
  return (
    <article className="details">
      <DetailsHeader nameEn={zone.nameEn} nameZh={zone.nameZh}>
        {t.zoneKind[zone.kind]}
      </DetailsHeader>
      {zone.officialAreaKm2 !== undefined ? <p className="value-line">{t.officialArea(km2(zone.officialAreaKm2))}</p> : null}
      {zone.outline === "approximate" ? (
        <p className="details-approx">
          <strong>{t.outlineApproximate}</strong> ({t.measuredArea(km2(zone.measuredAreaKm2))}){!compact && zone.outlineNote ? `. ${zone.outlineNote}` : ""}
        </p>
      ) : null}
      {!compact && zone.note ? <p className="details-note">{zone.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds([...zone.areaSources, ...zone.sources], lookups(data))} /> : null}
    </article>
  );
}

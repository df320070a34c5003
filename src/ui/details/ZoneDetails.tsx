import { zoneKindLabel } from "../../i18n/vocabulary";
import type { Zone } from "../../data/model";
import { formatPublishedDate } from "../../format/format-month";
import { formatNumber } from "../../format/format-value";
import { useT } from "../../i18n/use-t";
import { featureName, secondNameOf } from "../../state/selectors/labels";
import { lookups, sourcesByIds } from "../../state/selectors/lookups";
import type { DetailsProps } from "../SelectionDetails";
import { SourceList } from "../SourceList";
import { DetailsHeader } from "./DetailsHeader";

export function ZoneDetails({ data, compact, zone }: DetailsProps & { zone: Zone }) {
  const t = useT();
  return (
    <article className="details">
      <DetailsHeader name={featureName(zone)} secondName={secondNameOf(featureName(zone), { en: zone.nameEn, zh: zone.nameZh })}>
        {zoneKindLabel(zone.kind)}
        {zone.established ? ` · ${t("details.opened", { date: formatPublishedDate(zone.established) })}` : ""}
      </DetailsHeader>
      {zone.officialAreaKm2 !== undefined ? <p className="value-line">{t("details.official", { km2: formatNumber(zone.officialAreaKm2) })}</p> : null}
      {zone.outline === "approximate" ? (
        <p className="details-approx">
          <strong>{t("details.outlineApproximate")}</strong> ({t("details.measured", { km2: formatNumber(zone.measuredAreaKm2) })}){!compact && zone.outlineNote ? `. ${zone.outlineNote}` : ""}
        </p>
      ) : null}
      {!compact && zone.note ? <p className="details-note">{zone.note}</p> : null}
      {!compact ? <SourceList sources={sourcesByIds([...zone.areaSources, ...zone.sources], lookups(data))} /> : null}
    </article>
  );
}

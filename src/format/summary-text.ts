import type { CompiledPackage } from "../data/model";
import { currentLanguage, localeOf, t } from "../i18n/i18n";
import { metricLabel, seriesTitleWithSubject } from "../state/selectors/labels";
import type { Change, MonthSummary, SummaryItem } from "../state/selectors/month-summary";
import { SUMMARY_GAPS } from "../state/selectors/month-summary";
import { formatMonthLong } from "./format-month";
import { formatValue } from "./format-value";
import { listFormat, numberFormat } from "./intl-cache";

const list = (items: string[]) => listFormat(localeOf(currentLanguage()), { type: "conjunction", style: "long" }).format(items);

function percent(pct: number): string {
  return numberFormat(localeOf(currentLanguage()), { style: "percent", maximumSignificantDigits: 2 }).format(Math.abs(pct) / 100);
}

function changeText(change: Change): string {
  const month = formatMonthLong(change.from);
  // Rounded to two significant digits, a change under half a percent reads as none.
  if (Math.abs(change.pct) < 0.5) return t("summary.unchanged", { month });
  return t(change.pct > 0 ? "summary.up" : "summary.down", { pct: percent(change.pct), month });
}

function itemText(data: CompiledPackage, item: SummaryItem): string {
  const { series, cell } = item;
  const base = t("summary.item", {
    title: seriesTitleWithSubject(data, series),
    value: formatValue(cell.value, series.unit, { qualifier: { bound: cell.bound, approx: cell.approx } }),
    method: t(`method.${cell.method}`),
  });
  const changes = [item.monthBefore, item.yearBefore].flatMap((c) => (c ? [changeText(c)] : []));
  return changes.length > 0 ? t("summary.withChanges", { item: base, changes: list(changes) }) : base;
}

function namesWithMore(data: CompiledPackage, series: MonthSummary["gaps"], shown: number): string {
  const names = series.slice(0, shown).map((s) => seriesTitleWithSubject(data, s));
  const more = series.length - names.length;
  return list(more > 0 ? [...names, t("summary.more", { count: more })] : names);
}

// Chinese and Japanese sentences follow each other without a space (the full stop is wide).

/**
 * The month in a few sentences, in the reader's language: what is largest, how it changed where
 * that is published, what is missing. The page reads it out politely, and embeds and images use it
 * as their text alternative.
 */
export function summaryText(data: CompiledPackage, summary: MonthSummary, filtered: boolean): string {
  const month = formatMonthLong(summary.month);
  const metric = metricLabel(data, summary.metric);
  const sentences: string[] = [];
  if (summary.count === 0) {
    sentences.push(t("summary.none", { month, metric }));
    if (summary.nearest !== null) sentences.push(t("summary.nearest", { month: formatMonthLong(summary.nearest) }));
  } else {
    sentences.push(t("summary.lead", { month, metric, count: summary.count }));
    sentences.push(t("summary.largest", { items: summary.largest.map((item) => itemText(data, item)).join(t("summary.separator")) }));
    if (summary.spreadNamed) sentences.push(t("summary.spreadNote"));
  }
  if (summary.gaps.length > 0) sentences.push(t("summary.gaps", { month, list: namesWithMore(data, summary.gaps, SUMMARY_GAPS), count: summary.gaps.length }));
  if (summary.disagree.length > 0) sentences.push(t("summary.disagree", { list: namesWithMore(data, summary.disagree, SUMMARY_GAPS) }));
  if (filtered) sentences.push(t("summary.filtered"));
  return sentences.join(/^(zh|ja)\b/.test(localeOf(currentLanguage())) ? "" : " ");
}

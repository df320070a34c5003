import type { MonthlyMethod } from "../data/model";
import { useT } from "../i18n/use-t";

const EXPLAIN = { reported: "method.explainReported", derived: "method.explainDerived", spread: "method.explainSpread" } as const;

export function MethodBadge({ method }: { method: MonthlyMethod }) {
  const t = useT();
  return (
    <span className={`method-badge method-${method}`} title={t(EXPLAIN[method])}>
      {t(`method.${method}`)}
    </span>
  );
}

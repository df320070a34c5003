import type { MonthlyMethod } from "../data/model";
import { strings } from "../i18n/strings";

export function MethodBadge({ method }: { method: MonthlyMethod }) {
  const t = strings();
  const label = method === "reported" ? t.methodReported : method === "derived" ? t.methodDerived : t.methodSpread;
  return (
    <span className={`method-badge method-${method}`} title={t.methodExplain[method]}>
      {label}
    </span>
  );
}

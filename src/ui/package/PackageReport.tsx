import { useState } from "react";
import { formatProblem } from "../../data/problems";
import { useT } from "../../i18n/use-t";
import { useExplorerStore } from "../../state/store";

/** What the check of an opened package found, by file and line, as a list an editor can copy. */
export function PackageReport() {
  const t = useT();
  const report = useExplorerStore((s) => s.packageReport);
  const [copied, setCopied] = useState(false);
  if (!report) return null;
  const count = (severity: string) => report.problems.filter((p) => p.severity === severity).length;
  const lines = report.problems.map(formatProblem);
  return (
    <details className="package-report" open={count("error") + count("warning") > 0}>
      <summary>{t("package.report", { name: report.name })}</summary>
      <p>
        {count("error") + count("warning") === 0 ? t("package.clean") : t("package.counts", { errors: count("error"), warnings: count("warning") })}
        {count("note") > 0 ? ` ${t("package.notes", { count: count("note") })}` : ""}
        {report.rejected > 0 ? ` ${t("package.rejected", { count: report.rejected })}` : ""}
      </p>
      {report.ignored.length > 0 ? <p className="hint">{t("package.ignored", { files: report.ignored.join(", ") })}</p> : null}
      {lines.length > 0 ? (
        <>
          <pre className="problem-list" tabIndex={0}>
            {lines.join("\n")}
          </pre>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(lines.join("\n")).then(() => setCopied(true), () => undefined);
            }}
          >
            {copied ? t("package.copied") : t("package.copy")}
          </button>
        </>
      ) : null}
    </details>
  );
}

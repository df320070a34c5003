import { useState } from "react";
import { useT } from "../i18n/use-t";

/** PNG at 1× and 2× and the month's data as CSV; the export code loads only when first used. */
export function ExportMenu() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (what: "png1" | "png2" | "csv") => {
    setBusy(true);
    try {
      const exporter = await import("../export/export-view");
      if (what === "csv") exporter.exportCsv();
      else await exporter.exportPng(what === "png2" ? 2 : 1);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-menu" role="group" aria-label={t("export.title")}>
      <button type="button" disabled={busy} onClick={() => void run("png1")}>
        {t("export.png1")}
      </button>
      <button type="button" disabled={busy} onClick={() => void run("png2")}>
        {t("export.png2")}
      </button>
      <button type="button" disabled={busy} onClick={() => void run("csv")}>
        {t("export.csv")}
      </button>
      {busy ? <span role="status">{t("export.working")}</span> : null}
    </div>
  );
}

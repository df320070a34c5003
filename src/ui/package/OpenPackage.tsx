import { useRef } from "react";
import { openPackageFiles } from "../../app/open-package";
import { useT } from "../../i18n/use-t";

/** A file picker for a data package's files or a zip of them; the check runs in the browser. */
export function OpenPackage() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <details className="open-package">
      <summary>{t("package.open")}</summary>
      <p className="hint">{t("package.openHint")}</p>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.csv,.geojson,.zip,application/zip"
        className="visually-hidden"
        id="package-files"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) void openPackageFiles(files);
          event.currentTarget.value = "";
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t("package.choose")}
      </button>
    </details>
  );
}

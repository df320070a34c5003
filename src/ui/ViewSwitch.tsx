import { useT } from "../i18n/use-t";
import { setShow } from "../state/actions";
import { useExplorerStore, type DataView } from "../state/store";
import { MapIcon, TableIcon } from "./icons";

/** Map or table: two pressed-state buttons, as a chart tool's "Chart | Table" switch. */
export function ViewSwitch() {
  const t = useT();
  const show = useExplorerStore((s) => s.show);
  const mapAvailable = useExplorerStore((s) => s.mapStatus === "ok");
  if (!mapAvailable) return null;
  // On a phone only the icons show; the words stay as the buttons' names.
  const option = (value: DataView, label: string, icon: React.ReactNode) => (
    <button type="button" aria-pressed={show === value} className={show === value ? "pressed" : ""} onClick={() => setShow(value)} title={label}>
      {icon}
      <span className="view-label">{label}</span>
    </button>
  );
  return (
    <div className="view-switch" role="group" aria-label={t("view.label")}>
      {option("map", t("view.map"), <MapIcon />)}
      {option("table", t("view.table"), <TableIcon />)}
    </div>
  );
}

import type { ReactNode } from "react";

/**
 * A table cell that carries its column's name for the phone layout, where each row is a card and the
 * header row keeps only its sort buttons: the name is shown beside the value there, hidden elsewhere,
 * and always hidden from screen readers, which announce the real column header.
 */
export function LabelledCell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td role="cell" className={className}>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      <span className="cell-value">{children}</span>
    </td>
  );
}

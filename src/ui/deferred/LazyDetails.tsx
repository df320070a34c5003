import { useState, type ReactNode, type SyntheticEvent } from "react";

interface LazyDetailsProps {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  id?: string;
  /** Controls the element when given; otherwise the reader opens and closes it. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}

/**
 * A `<details>` whose content is rendered the first time it opens, then kept: a closed section
 * costs nothing on the opening view (its content is hidden from everyone until then anyway).
 */
export function LazyDetails({ summary, children, className, id, open, onToggle }: LazyDetailsProps) {
  const [opened, setOpened] = useState(open === true);
  const toggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    const isOpen = event.currentTarget.open;
    if (isOpen) setOpened(true);
    onToggle?.(isOpen);
  };
  return (
    <details className={className} id={id} open={open} onToggle={toggle}>
      <summary>{summary}</summary>
      {opened || open === true ? children : null}
    </details>
  );
}

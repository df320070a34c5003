import { useState, type ReactNode } from "react";

interface LazyDetailsProps {
  summary: ReactNode;
  children: ReactNode;
  id: string;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/**
 * A `<details>` whose content is rendered the first time it opens, then kept: a closed section
 * costs nothing on the opening view (its content is hidden from everyone until then anyway).
 */
export function LazyDetails({ summary, children, id, open, onToggle }: LazyDetailsProps) {
  const [everOpened, setEverOpened] = useState(open);
  if (open && !everOpened) setEverOpened(true);
  return (
    <details id={id} open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {everOpened ? children : null}
    </details>
  );
}

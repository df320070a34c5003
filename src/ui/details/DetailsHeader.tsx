import type { ReactNode } from "react";

/** The name in the reader's language, with the Chinese name beside it when the reader's is another. */
export function DetailsHeader({ name, secondName, children }: { name: string; secondName?: string | undefined; children: ReactNode }) {
  return (
    <header>
      <h3 className="details-title">
        {name}
        {secondName && secondName !== name ? (
          <span className="name-zh" lang="zh-Hans">
            {` ${secondName}`}
          </span>
        ) : null}
      </h3>
      <p className="details-kind">{children}</p>
    </header>
  );
}

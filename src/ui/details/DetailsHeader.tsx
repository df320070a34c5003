import type { ReactNode } from "react";

/** Name in English with the Chinese name beside it, and a line saying what the thing is. */
export function DetailsHeader({ nameEn, nameZh, children }: { nameEn: string; nameZh?: string | undefined; children: ReactNode }) {
  return (
    <header>
      <h3 className="details-title">
        {nameEn}
        {nameZh ? <span className="name-zh" lang="zh-Hans">{` ${nameZh}`}</span> : null}
      </h3>
      <p className="details-kind">{children}</p>
    </header>
  );
}

import { useEffect, useRef, useState } from "react";
import { currentViewSearch } from "../../app/use-url-sync";
import { useT } from "../../i18n/use-t";
import { localized } from "../../state/selectors/labels";
import { useExplorerStore } from "../../state/store";
import { summaryOf } from "../table/use-month-summary";
import { appUrlOf, embedLink, iframeSnippet, scriptSnippet, viewLink } from "./snippets";

const WIDTHS = [320, 480, 640] as const;

function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text for Ctrl+C instead.
      ref.current?.select();
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  const id = `share-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea id={id} ref={ref} readOnly value={value} rows={3} /> : <input id={id} ref={ref} readOnly value={value} />}
      <button type="button" onClick={copy}>
        {copied ? t("share.copied") : t("share.copy")}
      </button>
    </div>
  );
}

/** Link, iframe snippet and embed.js snippet for the view on screen, with a preview of the embed at a chosen width. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const data = useExplorerStore((s) => s.data);
  const ref = useRef<HTMLDialogElement>(null);
  const [width, setWidth] = useState<(typeof WIDTHS)[number]>(480);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  if (!data) return null;
  const input = { appUrl: appUrlOf(window.location), search: currentViewSearch(), title: localized(data.dataset.title) };
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" onClose={onClose} onCancel={onClose}>
      <h2 id="share-title">{t("share.title")}</h2>
      <CopyField label={t("share.link")} value={viewLink(input)} />
      <CopyField label={t("share.iframe")} value={iframeSnippet(input)} multiline />
      <CopyField label={t("share.script")} value={scriptSnippet(input)} multiline />
      <CopyField label={t("share.altText")} value={summaryOf(useExplorerStore.getState())} multiline />
      <fieldset className="control-group">
        <legend>{t("share.preview")}</legend>
        {WIDTHS.map((w) => (
          <label key={w}>
            <input type="radio" name="preview-width" checked={width === w} onChange={() => setWidth(w)} /> {`${w} px`}
          </label>
        ))}
      </fieldset>
      <div className="share-preview" tabIndex={0} role="region" aria-label={t("share.preview")}>
        <iframe title={t("share.preview")} src={embedLink(input)} width={width} height={560} loading="lazy" />
      </div>
      <button type="button" className="share-close" onClick={() => ref.current?.close()}>
        {t("panel.closeDetails")}
      </button>
    </dialog>
  );
}

/**
 * What a newsroom pastes: the view's link, an iframe for CMSs that strip scripts, and the embed.js
 * placeholder that resizes itself. Everything put into HTML attributes is escaped.
 */
export interface SnippetInput {
  /** The app's own address, without query: https://news.example/maps/corridors/ */
  appUrl: string;
  /** The view as a query string, "?month=2023-05&…" (from serializeView) */
  search: string;
  title: string;
  /** A fixed height for the plain iframe, in pixels */
  height?: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The view as a link to the full explorer. */
export function viewLink({ appUrl, search }: SnippetInput): string {
  const params = new URLSearchParams(search);
  params.delete("embed");
  const query = params.toString();
  return `${appUrl}${query ? `?${query}` : ""}`;
}

/** The same view in embed mode. */
export function embedLink({ appUrl, search }: SnippetInput): string {
  const params = new URLSearchParams(search);
  params.delete("embed");
  const query = params.toString();
  return `${appUrl}?embed=1${query ? `&${query}` : ""}`;
}

export function iframeSnippet(input: SnippetInput): string {
  const src = escapeAttribute(embedLink(input));
  return `<iframe src="${src}" title="${escapeAttribute(input.title)}" width="100%" height="${input.height ?? 640}" style="border:0;width:100%" loading="lazy" allow="clipboard-write; fullscreen"></iframe>`;
}

export function scriptSnippet(input: SnippetInput): string {
  return [
    `<div data-corridors-embed="${escapeAttribute(embedLink(input))}" data-title="${escapeAttribute(input.title)}"></div>`,
    `<script src="${escapeAttribute(`${input.appUrl}embed.js`)}" async></script>`,
  ].join("\n");
}

/** The app's address from the page it runs in: its folder, whatever subfolder it was uploaded to. */
export function appUrlOf(location: { origin: string; pathname: string }): string {
  const folder = location.pathname.endsWith("/") ? location.pathname : location.pathname.replace(/[^/]*$/, "");
  return `${location.origin}${folder}`;
}

import { Framer } from "@newswire/frames";

/**
 * embed.js: the one script a news page adds. Every placeholder
 *   <div data-corridors-embed="https://…/?embed=1&month=2023-05" data-title="…"></div>
 * becomes an iframe that resizes to its content. Resizing goes through @newswire/frames, which only
 * accepts a height message from that iframe's own window (AMP `embed-size`, and Pym.js heights), so
 * several embeds work independently and no other frame can resize them. `loading="lazy"` keeps an
 * embed below the fold from loading (and creating its WebGL context) until it is near the viewport.
 */
const READY = "data-corridors-embed-ready";

function safeSource(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function initEmbeds(root: ParentNode = document): number {
  let count = 0;
  root.querySelectorAll<HTMLElement>(`[data-corridors-embed]:not([${READY}])`).forEach((placeholder) => {
    placeholder.setAttribute(READY, "");
    const src = safeSource(placeholder.dataset.corridorsEmbed);
    if (!src) return;
    placeholder.textContent = "";
    new Framer(placeholder, {
      src,
      attributes: {
        title: placeholder.dataset.title ?? "Interactive map",
        height: placeholder.dataset.height ?? "560",
        loading: "lazy",
        style: "border:0;width:100%;display:block",
        allow: "clipboard-write; fullscreen",
      },
    });
    count += 1;
  });
  return count;
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => initEmbeds());
else initEmbeds();

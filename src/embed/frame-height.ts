import { initFrame, sendFrameHeight } from "@newswire/frames";

/**
 * Inside an iframe on a news page: tells the host page the content's height (AMP `embed-size`,
 * which embed.js and Pym.js-era CMSs understand) now, on load, on resize and whenever the content
 * changes size. Outside an iframe it does nothing.
 */
export function reportFrameHeight(content: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  initFrame();
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      sendFrameHeight(height);
    }
  });
  observer.observe(content);
  return () => observer.disconnect();
}

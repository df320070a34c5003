/** @newswire/frames ships no types; these are the parts we use (see its README, 1.0.0). */
declare module "@newswire/frames" {
  export interface FramerOptions {
    src?: string | null;
    attributes?: Record<string, string>;
  }
  export class Framer {
    constructor(container: Element, options?: FramerOptions);
    remove(): void;
  }
  export function observeIframe(iframe: HTMLIFrameElement): () => void;
  export function initFrame(): void;
  export function sendFrameHeight(height?: number): void;
}

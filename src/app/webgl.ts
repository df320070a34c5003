/** MapLibre 6 and deck.gl 9 need WebGL2; check before mounting so the reader gets a message, not a blank map. */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return canvas.getContext("webgl2") !== null;
  } catch {
    return false;
  }
}

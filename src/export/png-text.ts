/**
 * Writes a text chunk into a PNG: the image's text alternative travels with the file (PNG's iTXt
 * chunk, UTF-8, keyword "Description", which image tools and CMS libraries read as its caption).
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND_LENGTH = 12;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** The PNG with an iTXt chunk before its end; a file that is not a PNG is returned unchanged. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (png.length < PNG_SIGNATURE.length + IEND_LENGTH || PNG_SIGNATURE.some((b, i) => png[i] !== b)) return png;
  const encoder = new TextEncoder();
  // keyword \0, not compressed (0), method 0, no language tag \0, no translated keyword \0, text
  const data = new Uint8Array([...encoder.encode(keyword.slice(0, 79)), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const end = png.length - IEND_LENGTH;
  const extra = chunk("iTXt", data);
  const out = new Uint8Array(png.length + extra.length);
  out.set(png.subarray(0, end), 0);
  out.set(extra, end);
  out.set(png.subarray(end), end + extra.length);
  return out;
}

/** The text chunks of a PNG, keyword → text (for tests and for reading an exported file back). */
export function readPngTexts(png: Uint8Array): Map<string, string> {
  const texts = new Map<string, string>();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  for (let at = PNG_SIGNATURE.length; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = decoder.decode(png.subarray(at + 4, at + 8));
    if (type === "iTXt") {
      const data = png.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      // After the keyword: flag, method, then the language tag and translated keyword, each ending in \0.
      const langEnd = data.indexOf(0, nul + 3);
      const translatedEnd = data.indexOf(0, langEnd + 1);
      texts.set(decoder.decode(data.subarray(0, nul)), decoder.decode(data.subarray(translatedEnd + 1)));
    }
    at += 12 + length;
  }
  return texts;
}

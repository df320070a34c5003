import type { LegendModel } from "../state/selectors/legend-model";
import { cssColor, type Theme } from "../map/layers/palette";

export interface Caption {
  title: string;
  /** "Trade value · June 2023" */
  subtitle: string;
  legend: LegendModel;
  /** "Sources: Xinhua, China Daily, …" */
  sourceLine: string;
  /** "Basemap: Natural Earth" and the package's credit */
  credit: string;
  theme: Theme;
  /** Text for readers who cannot see the image: the month's summary */
  alt?: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif';

/** Lines of text no wider than `width`, broken at spaces (or anywhere, for scripts without them). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.includes(" ") ? text.split(" ") : [...text];
  const joiner = text.includes(" ") ? " " : "";
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line}${joiner}${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A news graphic as one image: title and month above the map, the legend and the source line below,
 * at the scale the map was captured at (1× for the web, 2× for print and social posts).
 */
export function composeImage(map: HTMLCanvasElement, caption: Caption, scale: number): HTMLCanvasElement {
  const pad = 16 * scale;
  const width = map.width;
  const dark = caption.theme === "dark";
  const ink = dark ? "#f0f0f0" : "#1a1a1a";
  const muted = dark ? "#c2c2c2" : "#555555";
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure) throw new Error("no 2D canvas");
  measure.font = `700 ${22 * scale}px ${FONT}`;
  const titleLines = wrap(measure, caption.title, width - 2 * pad);
  measure.font = `${12 * scale}px ${FONT}`;
  const sourceLines = wrap(measure, caption.sourceLine, width - 2 * pad);
  const header = pad + titleLines.length * 28 * scale + 22 * scale;
  const legendHeight = 30 * scale;
  const footer = legendHeight + sourceLines.length * 16 * scale + 18 * scale + pad;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = header + map.height + footer;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.fillStyle = dark ? "#14181e" : "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = "top";
  ctx.fillStyle = ink;
  ctx.font = `700 ${22 * scale}px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * 28 * scale));
  ctx.fillStyle = muted;
  ctx.font = `${14 * scale}px ${FONT}`;
  ctx.fillText(caption.subtitle, pad, pad + titleLines.length * 28 * scale);
  ctx.drawImage(map, 0, header);
  // Legend: width keys as lines, then the colours of the flows on the map.
  let x = pad;
  const y = header + map.height + 10 * scale;
  ctx.font = `${12 * scale}px ${FONT}`;
  for (const key of caption.legend.widths) {
    ctx.fillStyle = muted;
    ctx.fillRect(x, y + 7 * scale - (key.pixels * scale) / 2, 26 * scale, Math.max(1, key.pixels * scale));
    ctx.fillText(key.label, x + 30 * scale, y);
    x += 30 * scale + ctx.measureText(key.label).width + 14 * scale;
  }
  for (const key of caption.legend.colors) {
    ctx.fillStyle = cssColor(key.color);
    ctx.fillRect(x, y + 3 * scale, 18 * scale, 8 * scale);
    ctx.fillStyle = ink;
    ctx.fillText(key.label, x + 22 * scale, y);
    x += 22 * scale + ctx.measureText(key.label).width + 14 * scale;
  }
  ctx.fillStyle = muted;
  sourceLines.forEach((line, i) => ctx.fillText(line, pad, y + legendHeight + i * 16 * scale));
  ctx.font = `${11 * scale}px ${FONT}`;
  ctx.fillText(caption.credit, pad, y + legendHeight + sourceLines.length * 16 * scale + 2 * scale);
  return canvas;
}

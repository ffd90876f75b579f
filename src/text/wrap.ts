import { WIDTHS } from "./metrics.ts";

export type Weight = keyof typeof WIDTHS;

/**
 * Readers without Source Sans 3 see a fallback font (Helvetica, Arial, Segoe UI),
 * which runs about a tenth wider; wrapping leaves that much room so text never
 * overflows the chart in any of them.
 */
const FALLBACK_ALLOWANCE = 1.12;
const AVERAGE = 500;

/** Width in px of a string set in Source Sans 3, from the fixed metrics table. */
export function textWidth(text: string, size: number, weight: Weight = "regular"): number {
  const table = WIDTHS[weight];
  let units = 0;
  for (const ch of text) units += table[ch] ?? AVERAGE;
  return (units / 1000) * size;
}

/** Greedy word wrap to a width in px, allowing for fallback fonts. Long words break only at spaces, so they may overflow alone. */
export function wrap(text: string, width: number, size: number, weight: Weight = "regular"): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, weight) * FALLBACK_ALLOWANCE > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

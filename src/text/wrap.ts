import { WIDTHS } from "./metrics.ts";

export type Weight = keyof typeof WIDTHS;

/**
 * Readers without Source Sans 3 see a fallback font (Helvetica, Arial, Segoe UI),
 * which runs about a tenth wider; wrapping leaves that much room so text never
 * overflows the chart in any of them.
 */
export const FALLBACK_ALLOWANCE = 1.12;
const AVERAGE = 500;

/** Width in px of a string set in Source Sans 3, from the fixed metrics table. */
export function textWidth(text: string, size: number, weight: Weight = "regular"): number {
  const table = WIDTHS[weight];
  let units = 0;
  for (const ch of text) units += table[ch] ?? AVERAGE;
  return (units / 1000) * size;
}

/**
 * Greedy word wrap to a width in px, allowing for fallback fonts. Lines break
 * at spaces; a word too wide for a line of its own (a URL, a pasted hash) is
 * broken between characters, without a hyphen (one would change a URL), so
 * that no line is wider than `width`.
 */
export function wrap(text: string, width: number, size: number, weight: Weight = "regular"): string[] {
  const fits = (s: string) => textWidth(s, size, weight) * FALLBACK_ALLOWANCE <= width;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (fits(next)) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (!fits(line) && Array.from(line).length > 1) {
        const [head, rest] = breakWord(line, fits);
        lines.push(head);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The longest start of a word that fits (at least one character, never half a surrogate pair) and the rest. */
function breakWord(word: string, fits: (s: string) => boolean): [string, string] {
  const chars = Array.from(word);
  let n = 1;
  while (n < chars.length && fits(chars.slice(0, n + 1).join(""))) n++;
  return [chars.slice(0, n).join(""), chars.slice(n).join("")];
}

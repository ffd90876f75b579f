import { FONTS, WIDTHS, type FontName } from "./metrics.ts";
import { typeset } from "./typeset.ts";

export type Weight = "regular" | "semibold" | "bold";

/** The fonts Latin text may be set in: the embedded face and the fallbacks a stripped <style> leaves. */
const LATIN: readonly FontName[] = ["source-sans-3", "liberation-sans", "dejavu-sans"];
/** Fonts for scripts the Latin fonts lack (Hebrew, Arabic), as browsers and resvg fall back to them. */
const SCRIPTS: readonly FontName[] = FONTS.filter((f) => !LATIN.includes(f));
/** A character in no table (an emoji, a CJK ideograph): a full em, so it is never under-counted. */
const UNKNOWN = 1000;

/**
 * Room left on top of the widest font's advance widths, for what advance widths do not show:
 * hinting that rounds glyphs to whole pixels at small sizes, and the odd positive kerning pair.
 * Set from measurement: test/browser/article.browser-test.ts measures every string of every
 * chart in Chromium, embedded (Source Sans 3) and with the <style> stripped (Liberation Sans for
 * Arial, DejaVu Sans), and fails if any runs wider than textWidth() × this. The widest it found
 * was 1.001 × textWidth() (a digit in DejaVu Sans, hinted); 1.02 leaves a margin for other
 * renderers' hinting.
 */
export const FALLBACK_ALLOWANCE = 1.02;

function charWidth(font: FontName, weight: Weight, ch: string): number {
  const own = WIDTHS[font][weight][ch];
  if (own !== undefined) return own;
  for (const script of SCRIPTS) {
    const w = WIDTHS[script][weight][ch];
    if (w !== undefined) return w;
  }
  return UNKNOWN;
}

/** Width in px of a string set in one font, from the fixed metrics table. */
export function textWidthIn(font: FontName, text: string, size: number, weight: Weight = "regular"): number {
  let units = 0;
  for (const ch of text) units += charWidth(font, weight, ch);
  return (units / 1000) * size;
}

/**
 * Width in px of a string in the widest of the fonts a reader may see it in: the embedded
 * Source Sans 3, or Arial, Helvetica, Liberation Sans or DejaVu Sans when a CMS strips the
 * chart's <style> (src/text/metrics.ts). Layout uses this width, so text fits in all of them.
 */
export function textWidth(text: string, size: number, weight: Weight = "regular"): number {
  let widest = 0;
  for (const font of LATIN) widest = Math.max(widest, textWidthIn(font, text, size, weight));
  return widest;
}

/** The width a line of text may take on the page: its widest font, with the allowance. */
export function fitWidth(text: string, size: number, weight: Weight = "regular"): number {
  return textWidth(text, size, weight) * FALLBACK_ALLOWANCE;
}

export interface WrapOptions {
  /** Never leave one word alone on the last line (headlines). */
  noWidow?: boolean;
}

/**
 * Greedy word wrap to a width in px, in the widest fallback font. The text is typeset first
 * (curly quotes, no-break spaces inside dates and figures), so a date never breaks across lines.
 * Lines break at spaces; a word too wide for a line of its own (a URL, a pasted hash) is broken
 * between characters, without a hyphen (one would change a URL), so no line is wider than `width`.
 */
export function wrap(
  text: string,
  width: number,
  size: number,
  weight: Weight = "regular",
  options: WrapOptions = {},
): string[] {
  const lines = greedy(text, width, size, weight);
  if (!options.noWidow || lines.length < 2 || (lines[lines.length - 1] ?? "").includes(" ")) return lines;
  // A widow: wrap narrower, in steps, until the last line has two words without adding a line.
  for (let w = width * 0.98; w >= width * 0.6; w -= width * 0.02) {
    const tried = greedy(text, w, size, weight);
    if (tried.length > lines.length) break;
    if ((tried[tried.length - 1] ?? "").includes(" ")) return tried;
  }
  return lines;
}

function greedy(text: string, width: number, size: number, weight: Weight): string[] {
  const fits = (s: string) => fitWidth(s, size, weight) <= width;
  const lines: string[] = [];
  for (const paragraph of typeset(text).split("\n")) {
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

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
 * Linear in the text's length: each character is measured once per pass (a 64 KB cell wraps in
 * milliseconds), and the lines are those of measuring every candidate line whole.
 */
export function wrap(
  text: string,
  width: number,
  size: number,
  weight: Weight = "regular",
  options: WrapOptions = {},
): string[] {
  const paragraphs = typeset(text)
    .split("\n")
    .map((p) =>
      p
        .split(/ +/)
        .filter(Boolean)
        .map((word) => measured(word, weight)),
    );
  const lines = greedy(paragraphs, width, size, weight);
  if (!options.noWidow || lines.length < 2 || (lines[lines.length - 1] ?? "").includes(" ")) return lines;
  // A widow: wrap narrower, in steps, until the last line has two words without adding a line.
  for (let w = width * 0.98; w >= width * 0.6; w -= width * 0.02) {
    const tried = greedy(paragraphs, w, size, weight);
    if (tried.length > lines.length) break;
    if ((tried[tried.length - 1] ?? "").includes(" ")) return tried;
  }
  return lines;
}

/**
 * A run of text with its advance widths in each Latin font, in thousandths of an em: whole
 * numbers, so a sum of runs is exactly the width of the joined text, as textWidthIn measures it.
 */
interface Measured {
  text: string;
  units: number[];
}

function measured(text: string, weight: Weight): Measured {
  return { text, units: LATIN.map((font) => unitsIn(font, text, weight)) };
}

function unitsIn(font: FontName, text: string, weight: Weight): number {
  let units = 0;
  for (const ch of text) units += charWidth(font, weight, ch);
  return units;
}

/** Whether text of these widths fits: fitWidth's arithmetic, step for step, so the answer is the same. */
function fitsUnits(units: readonly number[], width: number, size: number): boolean {
  let widest = 0;
  for (const u of units) widest = Math.max(widest, (u / 1000) * size);
  return widest * FALLBACK_ALLOWANCE <= width;
}

function greedy(paragraphs: readonly Measured[][], width: number, size: number, weight: Weight): string[] {
  const space = LATIN.map((font) => charWidth(font, weight, " "));
  const lines: string[] = [];
  for (const words of paragraphs) {
    let line: string[] = [];
    let units = LATIN.map(() => 0);
    for (const word of words) {
      if (line.length) {
        const next = units.map((u, i) => u + (space[i] ?? 0) + (word.units[i] ?? 0));
        if (fitsUnits(next, width, size)) {
          line.push(word.text);
          units = next;
          continue;
        }
        lines.push(line.join(" "));
      }
      if (fitsUnits(word.units, width, size)) {
        line = [word.text];
        units = word.units;
        continue;
      }
      // Too wide for a line of its own: broken between characters, each piece as long as fits.
      const pieces = breakWord(word.text, width, size, weight);
      const last = pieces.pop() ?? "";
      lines.push(...pieces);
      line = [last];
      units = measured(last, weight).units;
    }
    lines.push(line.join(" "));
  }
  return lines;
}

/**
 * A word in pieces, each the longest run of characters that fits (at least one character, never
 * half a surrogate pair); the last piece is what is left, which fits.
 */
function breakWord(word: string, width: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let piece = "";
  let units = LATIN.map(() => 0);
  for (const ch of word) {
    const next = units.map((u, i) => u + charWidth(LATIN[i] ?? "source-sans-3", weight, ch));
    if (piece && !fitsUnits(next, width, size)) {
      pieces.push(piece);
      piece = ch;
      units = measured(ch, weight).units;
    } else {
      piece += ch;
      units = next;
    }
  }
  pieces.push(piece);
  return pieces;
}

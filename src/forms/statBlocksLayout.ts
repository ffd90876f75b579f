/**
 * The layout of big numbers, pure (no Plot, no DOM): blocks in columns (side by side on the web,
 * stacked on phones), each with its figure, title and reports wrapped to its column, and a rule at
 * its left edge the height of its text. Sizes come from STAT_BLOCKS and the plot's type scale.
 */
import type { LaidOut, LayoutContext } from "../chart.ts";
import { formStyle, STAT_BLOCKS, type PlotType, type StatBlocksStyle } from "../style/index.ts";
import { clampLines } from "../text/clamp.ts";
import { countWords, noun } from "../text/words.ts";
import { fitWidth, wrap } from "../text/wrap.ts";
import { fitCard } from "./cardFit.ts";
import { focusFirst } from "./focus.ts";
import { ASCENT } from "./place.ts";

export interface StatBlock {
  /** What is counted: "Remains of hostages returned". */
  title: string;
  /**
   * The latest figure, as worded, with a digit in it: "28", "at least 34,789", "1 or 0". A big number is a
   * number: a figure with no digit ("All") is refused; give it as `words`, with `figure` empty.
   */
  figure: string;
  /** The figure's hedge, set small beside it and never dropped: "believed" reads "1 (believed)". */
  hedge?: string;
  /** A claim with no number ("All, no number given"), set as a line of text where the figure would be. */
  words?: string;
  /** One line per report: "6 January 2026 · Hamas". */
  reports: string[];
  /** The headline is about this block: it comes first, its rule in the accent colour; false recedes. Default true. */
  focus?: boolean;
}

export interface StatBlocksOptions {
  /** At most this many reports per block. Default: the house style's (STAT_BLOCKS). */
  maxReports?: number;
}

/** What a text of a block is: each is drawn in its own size, weight and colour. */
export type StatRole = "figure" | "hedge" | "words" | "title" | "reports";

export interface StatText {
  role: StatRole;
  x: number;
  /** The top of its first line. */
  y: number;
  /** Lines joined by "\n". */
  text: string;
  size: number;
  /** Line height in px. */
  lh: number;
}

export interface StatBlocksLayout extends LaidOut {
  texts: StatText[];
  /** A rule at each block's left, from the row's top to the block's last line; in the accent colour in focus. */
  rules: { x: number; y1: number; y2: number; focus: boolean }[];
  style: StatBlocksStyle;
}

export function statBlocksLayout(
  blocks: readonly StatBlock[],
  options: StatBlocksOptions,
  ctx: LayoutContext,
): StatBlocksLayout {
  return fitCard(ctx, (dense) => blocksAt(blocks, options, ctx, dense));
}

/** The blocks in rows of columns, in the style at the size (or the social card's dense one). */
function blocksAt(
  blocks: readonly StatBlock[],
  options: StatBlocksOptions,
  ctx: LayoutContext,
  dense: boolean,
): StatBlocksLayout {
  const { style, type } = formStyle(STAT_BLOCKS, ctx.mobile, dense);
  const maxReports = options.maxReports ?? style.maxReports;
  const { columns, colWidth } = statColumns(blocks.length, ctx.width, style);
  const texts: StatText[] = [];
  const rules: StatBlocksLayout["rules"] = [];
  const ordered = focusFirst(blocks, (b) => b.focus !== false);
  let rowTop = style.top;
  for (let start = 0; start < ordered.length; start += columns) {
    let rowHeight = 0;
    ordered.slice(start, start + columns).forEach((block, i) => {
      const x = i * (colWidth + style.columnGap) + style.rule.inset;
      const laid = statBlock(
        block,
        { x, y: rowTop, width: colWidth - style.rule.inset, maxReports },
        style,
        type,
      );
      texts.push(...laid.texts);
      rules.push({ x: x - style.rule.inset, y1: rowTop, y2: laid.bottom, focus: block.focus !== false });
      rowHeight = Math.max(rowHeight, laid.bottom - rowTop);
    });
    rowTop += rowHeight + style.rowGap;
  }
  return { width: ctx.width, height: Math.ceil(rowTop), texts, rules, style };
}

/** How many blocks sit side by side (at most the style's, at least one), and the width of each column. */
export function statColumns(
  count: number,
  width: number,
  style: StatBlocksStyle,
): { columns: number; colWidth: number } {
  const columns = Math.min(style.columns, Math.max(1, count));
  return { columns, colWidth: (width - style.columnGap * (columns - 1)) / columns };
}

/**
 * One block's figure, title and reports, top to bottom from `at.y`, wrapped to `at.width`; `bottom` is under
 * the last report.
 */
export function statBlock(
  block: StatBlock,
  at: { x: number; y: number; width: number; maxReports: number },
  style: StatBlocksStyle,
  type: PlotType,
): { texts: StatText[]; bottom: number } {
  const { x, width } = at;
  const head = figureTexts(block, { x, y: at.y, width }, style, type);
  const title = wrap(block.title, width, type.label, "semibold");
  const titleLh = type.label * style.titleLeading;
  const reports = reportLines(block.reports, width, at.maxReports, type.tick);
  const reportsLh = Math.round(type.tick * style.reportsLeading);
  let y = head.bottom + style.underFigure;
  const texts: StatText[] = [...head.texts];
  texts.push({ role: "title", x, y, text: title.join("\n"), size: type.label, lh: titleLh });
  y += title.length * titleLh + style.underTitle;
  texts.push({ role: "reports", x, y, text: reports.join("\n"), size: type.tick, lh: reportsLh });
  return { texts, bottom: y + reports.length * reportsLh };
}

/** A big number must be a number: "All" or "none" is words, and goes in `words` or a note. */
export function checkFigure(block: StatBlock): void {
  if (block.figure && !/\p{N}/u.test(block.figure))
    throw new Error(`a big number must be a number; give words as words: ${block.figure}`);
}

/**
 * The block's head from `at.y`: its figure large with its hedge beside it (or under it, when the column is
 * too narrow), or its words at the title's size when it has no number.
 */
export function figureTexts(
  block: StatBlock,
  at: { x: number; y: number; width: number },
  style: StatBlocksStyle,
  type: PlotType,
): { texts: StatText[]; bottom: number } {
  checkFigure(block);
  const { x, y, width } = at;
  if (!block.figure) {
    const lines = wrap(block.words ?? "", width, type.label, "semibold");
    const lh = type.label * style.titleLeading;
    return {
      texts: [{ role: "words", x, y, text: lines.join("\n"), size: type.label, lh }],
      bottom: y + lines.length * lh,
    };
  }
  const big = style.figure.size;
  const figureLh = big * style.figure.leading;
  const figure = clampLines(wrap(block.figure, width, big, "bold"), style.figure.lines, width, big, "bold");
  const texts: StatText[] = [{ role: "figure", x, y, text: figure.join("\n"), size: big, lh: figureLh }];
  let bottom = y + figure.length * figureLh;
  if (!block.hedge) return { texts, bottom };
  const hedge = `(${block.hedge})`;
  const size = type.label;
  const last = figure[figure.length - 1] ?? "";
  const after = x + fitWidth(last, big, "bold") + style.hedgeGap;
  // Beside the figure's last line, on its baseline; else on a line of its own under it.
  if (after + fitWidth(hedge, size, "semibold") <= x + width) {
    const baseline = bottom - figureLh + (figureLh - big) / 2 + big * ASCENT;
    texts.push({ role: "hedge", x: after, y: baseline - size * ASCENT, text: hedge, size, lh: size });
  } else {
    texts.push({ role: "hedge", x, y: bottom, text: hedge, size, lh: size * style.titleLeading });
    bottom += size * style.titleLeading;
  }
  return { texts, bottom };
}

/** The first `max` reports wrapped to the width, then "and two more reports" for the rest. */
export function reportLines(reports: readonly string[], width: number, max: number, size: number): string[] {
  const shown = reports.slice(0, max);
  const more = reports.length - shown.length;
  return [
    ...shown.flatMap((r) => wrap(keepFigureWithItsWord(r), width, size)),
    ...(more > 0 ? [`and ${countWords(more, "exact", noun("more report"))}`] : []),
  ];
}

/**
 * A report line's last part, its figure ("· 1", "· 1 (believed)"), held to the word before it with
 * no-break spaces, so a narrow column never leaves "1" or "(believed)" alone on a line.
 */
function keepFigureWithItsWord(line: string): string {
  const at = line.lastIndexOf(" · ");
  if (at < 0 || line.indexOf(" · ") === at) return line;
  return `${line.slice(0, at)}\u00a0·\u00a0${line.slice(at + 3).replaceAll(" ", "\u00a0")}`;
}

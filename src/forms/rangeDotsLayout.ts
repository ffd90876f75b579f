/**
 * The layout of figures as dots with their range (FT Visual Vocabulary: range), pure (no Plot, no
 * DOM). One panel per group, each on its own value axis that is not from zero: its title, its tick
 * labels, a bar from the lowest figure to the highest, then one row per figure with its dot at its
 * value and its label (the figure as worded, then who gives it) beside the dot, on whichever side
 * has room. A figure with no number gets a row of words, with no dot, and so do the figures of a group
 * of one value, which has no range to show and gets no axis. Groups in focus come first.
 * Sizes come from RANGE_DOTS and the plot's type scale (src/style/).
 */
import { ticks as niceTicks } from "d3-array";
import type { LaidOut, LayoutContext } from "../chart.ts";
import {
  AXIS,
  formatIn,
  formStyle,
  RANGE_DOTS,
  type NumberStyle,
  type PlotType,
  type RangeDotsStyle,
} from "../style/index.ts";
import { fitWidth, wrap } from "../text/wrap.ts";
import { fitCard } from "./cardFit.ts";
import { focusFirst } from "./focus.ts";
import type { AxisLabels } from "./ticks.ts";

export interface RangeDot {
  /** null: the report gives no number; its row is words, with no dot. */
  value: number | null;
  /** The figure as worded, hedge and all: "an estimated 128", "37 (believed)". */
  text: string;
  /** Who gives it, as a label: "AFP", "Officials via AFP". */
  who: string;
  /** The same as running text writes it, for alt text ("officials via AFP"); default `who`. */
  whoInText?: string;
}

export interface RangeGroup {
  /** What the figures count: "Hostages held in Gaza". */
  title: string;
  dots: RangeDot[];
  /** The headline is about this group: drawn in the accent colour, and first. Default true. */
  focus?: boolean;
  /**
   * False when the figures can all be true (parts of different totals: 36 of 128, 37 of 132): the
   * dots stand on their axis with no range bar, which would read as a disagreement. Default true.
   */
  range?: boolean;
}

export interface RangeDotsOptions {
  /** The axis's number style (src/style/numbers.ts). Default: the style of the dots' values. */
  numberStyle?: NumberStyle;
}

/** A dot's row: the dot's centre, and its figure and who beside it (each at its text's start or end). */
export interface LaidDot extends RangeDot {
  x: number;
  y: number;
  /** The label's side of the dot. */
  anchor: "start" | "end";
  figureX: number;
  /** Who gives it, on the lines under the figure (`whoY`, their middle); empty in compact rows. */
  whoX: number;
  whoY: number;
}

export interface RangePanel {
  focus: boolean;
  title: { y: number; text: string };
  axis: AxisLabels<number>;
  /** The bar from the lowest figure to the highest; null when the figures are one value. */
  range: { x1: number; x2: number; y: number } | null;
  dots: LaidDot[];
  /** Rows of words for figures with no number: "all (Financial Times)". */
  words: { y: number; text: string }[];
}

export interface RangeDotsLayout extends LaidOut {
  panels: RangePanel[];
  style: RangeDotsStyle;
  type: PlotType;
  lineHeight: number;
}

/**
 * The panels top to bottom, the groups in focus first. Given a height (the social card's) that they
 * overrun, every row is set compact (figure and who on one line), so the card keeps every label at its
 * size rather than shrinking them all.
 */
export function rangeDotsLayout(
  groups: readonly RangeGroup[],
  options: RangeDotsOptions & { numberStyle: NumberStyle },
  ctx: LayoutContext,
): RangeDotsLayout {
  return fitCard(ctx, (dense) => panelsOf(groups, options, ctx, dense));
}

function panelsOf(
  groups: readonly RangeGroup[],
  options: RangeDotsOptions & { numberStyle: NumberStyle },
  ctx: LayoutContext,
  compact: boolean,
): RangeDotsLayout {
  const { style, type } = formStyle(RANGE_DOTS, ctx.mobile, compact);
  const lineHeight = Math.round(type.label * style.leading);
  const panels: RangePanel[] = [];
  let y = style.top;
  for (const group of focusFirst(groups, (g) => g.focus !== false)) {
    const panel = rangePanel(group, y, {
      width: ctx.width,
      mobile: ctx.mobile,
      style,
      type,
      lineHeight,
      compact,
      ...options,
    });
    panels.push(panel.panel);
    y = panel.bottom + style.afterGroup;
  }
  return {
    width: ctx.width,
    height: Math.ceil(y - style.afterGroup + style.top),
    panels,
    style,
    type,
    lineHeight,
  };
}

interface PanelContext {
  width: number;
  mobile: boolean;
  style: RangeDotsStyle;
  type: PlotType;
  lineHeight: number;
  numberStyle: NumberStyle;
  /** Every row compact, whatever the number of dots. */
  compact?: boolean;
}

/** A group's panel from `top`: title, tick labels, range bar, then a row per figure, lowest first. */
export function rangePanel(
  group: RangeGroup,
  top: number,
  c: PanelContext,
): { panel: RangePanel; bottom: number } {
  const { style, type, lineHeight } = c;
  const title = wrap(group.title, c.width, type.label, "bold");
  let y = top + title.length * lineHeight + style.underTitle;
  // One value has no range to show: its figures are rows of words, with no axis of their own.
  const single = new Set(group.dots.map((d) => d.value)).size === 1;
  const asWords = (d: RangeDot) => d.value === null || single;
  const values = single ? [] : group.dots.flatMap((d) => (d.value === null ? [] : [d.value]));
  const scale = valueAxis(values, c.width, style, c.mobile);
  const axis: AxisLabels<number> = {
    ticks: values.length ? scale.ticks : [],
    x: scale.px,
    y,
    format: (v) => formatIn(c.numberStyle, v),
    size: type.tick,
    width: c.width,
  };
  if (values.length) y += type.tick + style.underTicks;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range =
    group.range !== false && hi > lo
      ? { x1: scale.px(lo), x2: scale.px(hi), y: y + style.range.cap / 2 }
      : null;
  if (range) y += style.range.cap + style.underRange;
  const dots: LaidDot[] = [];
  const sorted = [...group.dots].sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity));
  const compact = c.compact === true || group.dots.length > style.stackedMax;
  for (const dot of sorted.filter((d) => !asWords(d))) {
    const row = dotRow(dot, scale.px(dot.value ?? 0), y, { ...c, compact });
    dots.push(row.dot);
    y = row.bottom + style.rowGap;
  }
  const words = sorted
    .filter(asWords)
    .flatMap((d) => wrap(`${d.text} (${d.who})`, c.width, type.value))
    .map((text, i) => ({ y: y + i * lineHeight, text }));
  y += words.length * lineHeight;
  const panel = {
    focus: group.focus !== false,
    title: { y: top, text: title.join("\n") },
    axis,
    range,
    dots,
    words,
  };
  return { panel, bottom: y - (words.length ? 0 : style.rowGap) };
}

/**
 * The panel's value axis, never from zero: it spans the figures and `pad` of their spread beyond each
 * (at least `minPad` of the largest), with nice ticks inside it; `px` puts a value inside the insets.
 */
export function valueAxis(
  values: readonly number[],
  width: number,
  style: RangeDotsStyle,
  fewer: boolean,
): { domain: [number, number]; ticks: number[]; px: (v: number) => number } {
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const pad = Math.max((hi - lo) * style.pad, Math.abs(hi) * style.minPad, 1);
  const d0 = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const d1 = hi + pad;
  const count = fewer ? AXIS.fewerValueTicks : AXIS.valueTicks;
  // Counts get whole ticks: never "32.5" hostages.
  const whole = values.every(Number.isInteger);
  const ticks = niceTicks(d0, d1, count).filter((t) => t >= d0 && t <= d1 && (!whole || Number.isInteger(t)));
  const px = (v: number) => style.inset + ((v - d0) / (d1 - d0)) * (width - 2 * style.inset);
  return { domain: [d0, d1], ticks, px };
}

/**
 * A dot's row from `top`: its figure, and who gives it on the line under it, after the dot when they fit,
 * else before it (who wrapped to the roomier side). In compact rows (more dots than the style's
 * stackedMax) figure and who share one line: "132 · Israeli officials".
 */
export function dotRow(
  dot: RangeDot,
  x: number,
  top: number,
  c: PanelContext & { compact: boolean },
): { dot: LaidDot; bottom: number } {
  const { style, type, lineHeight } = c;
  const size = type.value;
  const figure = c.compact ? `${dot.text} · ${dot.who}` : dot.text;
  const widest = Math.max(fitWidth(figure, size, "semibold"), c.compact ? 0 : fitWidth(dot.who, size));
  const off = style.dot.r + style.labelGap;
  const after = c.width - (x + off);
  const before = x - off;
  const anchor = after >= widest || after >= before ? "start" : "end";
  const figureX = x + (anchor === "start" ? off : -off);
  const room = anchor === "start" ? after : before;
  const who = c.compact ? [] : wrap(dot.who, room, size);
  const rowH = Math.max(2 * style.dot.r, (1 + who.length) * lineHeight);
  const y = top + Math.max(style.dot.r, lineHeight / 2);
  return {
    dot: {
      ...dot,
      text: figure,
      who: who.join("\n"),
      x,
      y,
      anchor,
      figureX,
      whoX: figureX,
      whoY: y + lineHeight + ((who.length - 1) * lineHeight) / 2,
    },
    bottom: top + rowH,
  };
}

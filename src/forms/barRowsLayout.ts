/**
 * The layout of side-by-side bars, pure (no Plot, no DOM): whether labels go above their bars or
 * beside them (compact rows, for many reports), each group's title and each bar's label, bar and
 * figure at their place, the value axis, and gridlines cut short of every text they would cross.
 * Sizes come from BAR_ROWS and the plot's type scale (src/style/).
 */
import type { LaidOut, LayoutContext } from "../chart.ts";
import {
  AXIS,
  BAR_ROWS,
  formatIn,
  formStyle,
  type BarRowsStyle,
  type NumberStyle,
  type PlotType,
} from "../style/index.ts";
import { clampLines } from "../text/clamp.ts";
import { fitWidth, wrap } from "../text/wrap.ts";
import { knockout, textBox, type Box, type Segment } from "./place.ts";
import { valueTicks, type AxisLabels } from "./ticks.ts";

export interface Bar {
  /** Who reported it, and when. */
  label: string;
  /** The same as running text writes it, for alt text ("officials via AFP, 7 May 2024"); default `label`. */
  who?: string;
  /** null draws no bar: the report gives no number. */
  value: number | null;
  /** The figure in words, at the end of the bar: "an estimated 128". */
  text: string;
  /** The headline is about this bar: drawn in the accent colour; false recedes (muted). Default true. */
  focus?: boolean;
  /** Its colour in focus when its subject has one of its own (Rafah's teal). Default the accent. */
  color?: string;
}

export interface BarGroup {
  title: string;
  bars: Bar[];
}

export interface BarRowsOptions {
  /**
   * The chart's number style (src/style/numbers.ts): the axis is written in it, and the notebook
   * writes each bar's `text` in it too, so axis and labels read alike. Default: the style of the bars' values.
   */
  numberStyle?: NumberStyle;
}

/** Where the rows put labels and bars: decided once for the chart from how many bars it has. */
export interface BarGeometry {
  /** Labels beside their bars (more bars than the style's stackedMax), not above them. */
  compact: boolean;
  barHeight: number;
  /** Line height of the bars' labels. */
  captionLh: number;
  /** Width the labels wrap to. */
  labelWidth: number;
  /** Where bars start, and their length at the axis's end. */
  barX: number;
  barWidth: number;
}

/**
 * Where a bar's figure goes: after the bar's end, inside it (no room after it), or where a bar with no value
 * would start.
 */
export type FigurePlace = "after" | "inside" | "start";

export interface LaidBar extends Bar {
  /** The top of the bar. */
  y: number;
  /** The label's top-left corner and its lines, joined by "\n". */
  labelX: number;
  labelY: number;
  caption: string;
  /** The x of the bar's end (barX for a bar with no value). */
  end: number;
  figure: FigurePlace;
}

export interface BarRowsLayout extends LaidOut {
  geometry: BarGeometry;
  /** Group titles, each at the top of its first line. */
  titles: { y: number; text: string }[];
  bars: LaidBar[];
  /** Gridlines at the value ticks, cut where they would cross a text. */
  grid: Segment[];
  /** The value axis's tick labels under the bars. */
  axis: AxisLabels<number>;
  /** What the drawing step draws with. */
  style: BarRowsStyle;
  type: PlotType;
  titleLh: number;
}

export function barRowsLayout(
  groups: readonly BarGroup[],
  options: BarRowsOptions & { numberStyle: NumberStyle },
  ctx: LayoutContext,
): BarRowsLayout {
  const { style, type } = formStyle(BAR_ROWS, ctx.mobile);
  const titleLh = Math.round(type.label * style.leading);
  const count = groups.reduce((n, g) => n + g.bars.length, 0);
  const geometry = barGeometry(count, ctx.width, style, type);
  const rows = stackRows(groups, geometry, { width: ctx.width, style, type, titleLh });
  const { ticks, px } = valueScale(rows.bars, geometry, ctx.mobile);
  const bars = rows.bars.map((b) => ({
    ...b,
    end: px(b.value ?? 0),
    figure: figurePlace(b, px(b.value ?? 0), ctx.width, style, type),
  }));
  const height = Math.ceil(rows.bottom + AXIS.room);
  const layout = { width: ctx.width, height, geometry, titles: rows.titles, bars, style, type, titleLh };
  const texts = barTextBoxes(layout);
  return {
    ...layout,
    grid: ticks.flatMap((t) => knockout({ x1: px(t), x2: px(t), y1: 0, y2: height - AXIS.room }, texts)),
    axis: {
      ticks,
      x: px,
      y: height - AXIS.room + AXIS.labelOffset,
      format: (v: number) => formatIn(options.numberStyle, v),
      size: type.tick,
      width: ctx.width,
    },
  };
}

/**
 * Labels above the bars for a few bars; beside them, in the left part of the row, for more than the style's
 * stackedMax.
 */
export function barGeometry(count: number, width: number, style: BarRowsStyle, type: PlotType): BarGeometry {
  const compact = count > style.stackedMax;
  if (!compact)
    return {
      compact,
      barHeight: style.barHeight,
      captionLh: Math.round(type.label * style.leading),
      labelWidth: width,
      barX: 0,
      barWidth: width - style.endRoom,
    };
  // Captions of compact rows are set tighter, so thirty reports keep to two screens on a phone.
  const labelWidth = Math.round(width * style.compact.labelShare);
  const barX = labelWidth + style.compact.labelGap;
  return {
    compact,
    barHeight: style.compact.barHeight,
    captionLh: Math.round(type.value * style.compact.leading),
    labelWidth,
    barX,
    barWidth: width - barX - style.endRoom,
  };
}

interface RowsContext {
  width: number;
  style: BarRowsStyle;
  type: PlotType;
  titleLh: number;
}

/** Each group's title, then its bars, top to bottom; `bottom` is under the last group. */
export function stackRows(
  groups: readonly BarGroup[],
  g: BarGeometry,
  c: RowsContext,
): { titles: { y: number; text: string }[]; bars: Omit<LaidBar, "end" | "figure">[]; bottom: number } {
  const titles: { y: number; text: string }[] = [];
  const bars: Omit<LaidBar, "end" | "figure">[] = [];
  let y = c.style.top;
  for (const group of groups) {
    const lines = wrap(group.title, c.width, c.type.label, "bold");
    titles.push({ y, text: lines.join("\n") });
    y += lines.length * c.titleLh + c.style.underTitle;
    for (const bar of group.bars) {
      const row = barRow(bar, y, g, c);
      bars.push(row.bar);
      y = row.bottom;
    }
    y += c.style.afterGroup;
  }
  return { titles, bars, bottom: y };
}

/**
 * One bar's row from `top`: its label above the bar, or beside it (at most the style's lines) and centred on
 * it.
 */
function barRow(bar: Bar, top: number, g: BarGeometry, c: RowsContext) {
  const wrapped = wrap(bar.label, g.labelWidth, c.type.value);
  if (!g.compact) {
    const barY = top + wrapped.length * c.titleLh + c.style.underLabel;
    return {
      bar: { ...bar, labelY: top, labelX: 0, y: barY, caption: wrapped.join("\n") },
      bottom: barY + g.barHeight + c.style.afterBar,
    };
  }
  const caption = clampLines(wrapped, c.style.compact.lines, g.labelWidth, c.type.value);
  const rowH = Math.max(caption.length * g.captionLh, g.barHeight);
  return {
    bar: { ...bar, labelY: top, labelX: 0, y: top + (rowH - g.barHeight) / 2, caption: caption.join("\n") },
    bottom: top + rowH + c.style.compact.rowGap,
  };
}

/** Value ticks from 0 past the largest figure (fewer on phones and in compact rows), and the x of a value. */
export function valueScale(
  bars: readonly Bar[],
  g: BarGeometry,
  mobile: boolean,
): { ticks: number[]; px: (v: number) => number } {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const ticks = valueTicks(max, mobile || g.compact);
  const end = ticks[ticks.length - 1] ?? max;
  return { ticks, px: (v: number) => g.barX + (v / end) * g.barWidth };
}

/**
 * A figure goes after its bar, or inside the bar's end when it would run past the width; no value, at the
 * start.
 */
export function figurePlace(
  bar: Bar,
  end: number,
  width: number,
  style: BarRowsStyle,
  type: PlotType,
): FigurePlace {
  if (bar.value === null) return "start";
  return end + style.figureGap + fitWidth(bar.text, type.value, "semibold") <= width ? "after" : "inside";
}

/** The boxes of every text: titles, bars' labels and figures, for cutting gridlines short of them. */
function barTextBoxes(
  l: Pick<BarRowsLayout, "titles" | "bars" | "geometry" | "style" | "type" | "titleLh">,
): Box[] {
  const { type, geometry: g } = l;
  const gap = l.style.figureGap;
  const figureBox = (b: LaidBar): Box => {
    const y = b.y + g.barHeight / 2;
    if (b.figure === "start") return textBox({ x: g.barX + gap, y, lines: [b.text], size: type.value });
    const inside = b.figure === "inside";
    return textBox({
      x: inside ? b.end - gap : b.end + gap,
      y,
      lines: [b.text],
      size: type.value,
      weight: "semibold",
      ...(inside ? { anchor: "end" as const } : {}),
    });
  };
  return [
    ...l.titles.map((t) =>
      textBox({
        x: 0,
        y: t.y,
        lines: t.text.split("\n"),
        size: type.label,
        weight: "bold",
        lineAnchor: "top",
        lineHeight: l.titleLh / type.label,
      }),
    ),
    ...l.bars.map((b) =>
      textBox({
        x: b.labelX,
        y: b.labelY,
        lines: b.caption.split("\n"),
        size: type.value,
        lineAnchor: "top",
        lineHeight: g.captionLh / type.value,
      }),
    ),
    ...l.bars.map(figureBox),
  ];
}

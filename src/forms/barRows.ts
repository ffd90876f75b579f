/**
 * Side-by-side bars for figures that sources give differently: one group per measure, one
 * bar per report, each labelled with its reporter and its figure as worded, so colour is never
 * needed to read it. A few bars get their label above the bar; many get it beside the bar, so
 * the chart stays within its height from 1 to 30 reports.
 */
import { type PlotContext, type PlotLayout, pixelPlot } from "../chart.ts";
import { COLORS, formatIn, numberStyle, plotType, WEIGHT, type NumberStyle } from "../style/index.ts";
import { clampLines } from "../text/clamp.ts";
import { fitWidth, wrap } from "../text/wrap.ts";
import { knockout, textBox, type Box } from "./place.ts";
import { axisLabels, valueTicks } from "./ticks.ts";

export interface Bar {
  /** Who reported it, and when. */
  label: string;
  /** The same as running text writes it, for alt text ("officials via AFP, 7 May 2024"); default `label`. */
  who?: string;
  /** null draws no bar: the report gives no number. */
  value: number | null;
  /** The figure in words, at the end of the bar: "an estimated 128". */
  text: string;
}

export interface BarGroup {
  title: string;
  bars: Bar[];
}

type LaidBar = Bar & { y: number; labelY: number; caption: string; labelX: number };

/** Above this many bars, labels go beside their bars instead of above them. */
const STACKED_MAX = 8;

/**
 * `style` is the chart's number style (src/style/numbers.ts): the axis is written in it, and the
 * notebook writes each bar's `text` in it too, so axis and labels read alike.
 */
export function barRows(
  groups: readonly BarGroup[],
  style: NumberStyle = numberStyle(groups.flatMap((g) => g.bars.map((b) => b.value))),
) {
  const tickFormat = (v: number) => formatIn(style, v);
  return (ctx: PlotContext): PlotLayout => {
    const { Plot } = ctx;
    const type = plotType(ctx.mobile);
    const lh = Math.round(type.label * 1.3);
    const count = groups.reduce((n, g) => n + g.bars.length, 0);
    const compact = count > STACKED_MAX;
    const barH = compact ? 14 : ctx.mobile ? 16 : 18;
    // Captions of compact rows are set tighter, so thirty reports keep to two screens on a phone.
    const capLh = compact ? Math.round(type.value * 1.2) : lh;
    // In compact rows the label takes the left part of the row, at most two lines.
    const labelWidth = compact ? Math.round(ctx.width * 0.42) : ctx.width;
    const barX = compact ? labelWidth + 8 : 0;
    const barWidth = ctx.width - barX - 16;
    let y = 2;
    const titles: { y: number; text: string }[] = [];
    const bars: LaidBar[] = [];
    for (const group of groups) {
      const lines = wrap(group.title, ctx.width, type.label, "bold");
      titles.push({ y, text: lines.join("\n") });
      y += lines.length * lh + 6;
      for (const bar of group.bars) {
        const wrapped = wrap(bar.label, labelWidth, type.value);
        const caption = compact ? clampLines(wrapped, 2, labelWidth, type.value) : wrapped;
        if (compact) {
          const rowH = Math.max(caption.length * capLh, barH);
          bars.push({ ...bar, labelY: y, labelX: 0, y: y + (rowH - barH) / 2, caption: caption.join("\n") });
          y += rowH + 5;
        } else {
          bars.push({
            ...bar,
            labelY: y,
            labelX: 0,
            y: y + caption.length * lh + 2,
            caption: caption.join("\n"),
          });
          y += caption.length * lh + 2 + barH + 8;
        }
      }
      y += 10;
    }
    const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
    const ticks = valueTicks(max, ctx.mobile || compact);
    const end = ticks[ticks.length - 1] ?? max;
    const px = (v: number) => barX + (v / end) * barWidth;
    // A value label goes inside its bar when there is no room after it.
    const fitsOutside = (b: Bar) =>
      px(b.value ?? 0) + 6 + fitWidth(b.text, type.value, "semibold") <= ctx.width;
    const drawn = bars.filter((b) => b.value !== null);
    const bottom = 26;
    const height = Math.ceil(y + bottom);
    const value = { fontSize: type.value, fontWeight: WEIGHT.semibold, y: (d: LaidBar) => d.y + barH / 2 };
    // Gridlines stop short of every text they would cross: titles, bar labels, figures.
    const texts: Box[] = [
      ...titles.map((t) =>
        textBox({
          x: 0,
          y: t.y,
          lines: t.text.split("\n"),
          size: type.label,
          weight: "bold",
          lineAnchor: "top",
          lineHeight: lh / type.label,
        }),
      ),
      ...bars.map((b) =>
        textBox({
          x: b.labelX,
          y: b.labelY,
          lines: b.caption.split("\n"),
          size: type.value,
          lineAnchor: "top",
          lineHeight: capLh / type.value,
        }),
      ),
      ...bars.map((b) =>
        b.value === null
          ? textBox({ x: barX + 6, y: b.y + barH / 2, lines: [b.text], size: type.value })
          : fitsOutside(b)
            ? textBox({
                x: px(b.value) + 6,
                y: b.y + barH / 2,
                lines: [b.text],
                size: type.value,
                weight: "semibold",
              })
            : textBox({
                x: px(b.value) - 6,
                y: b.y + barH / 2,
                lines: [b.text],
                size: type.value,
                weight: "semibold",
                anchor: "end",
              }),
      ),
    ];
    const grid = ticks.flatMap((t) => knockout({ x1: px(t), x2: px(t), y1: 0, y2: height - bottom }, texts));
    return {
      options: pixelPlot(ctx.width, height, [
        Plot.link(grid, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: COLORS.grid }),
        ...axisLabels(Plot, {
          ticks,
          x: px,
          y: height - bottom + 8,
          format: tickFormat,
          size: type.tick,
          width: ctx.width,
        }),
        Plot.text(titles, {
          x: 0,
          y: "y",
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          fontWeight: WEIGHT.bold,
          fontSize: type.label,
          fill: COLORS.ink,
          lineHeight: lh / type.label,
        }),
        Plot.text(bars, {
          x: "labelX",
          y: "labelY",
          text: "caption",
          textAnchor: "start",
          lineAnchor: "top",
          fontSize: type.value,
          fill: COLORS.text,
          lineHeight: capLh / type.value,
        }),
        Plot.rect(drawn, {
          x1: barX,
          x2: (d: LaidBar) => px(d.value ?? 0),
          y1: "y",
          y2: (d: LaidBar) => d.y + barH,
          fill: COLORS.report,
        }),
        Plot.text(drawn.filter(fitsOutside), {
          ...value,
          x: (d: LaidBar) => px(d.value ?? 0) + 6,
          text: "text",
          textAnchor: "start",
          fill: COLORS.ink,
        }),
        Plot.text(
          drawn.filter((b) => !fitsOutside(b)),
          {
            ...value,
            x: (d: LaidBar) => px(d.value ?? 0) - 6,
            text: "text",
            textAnchor: "end",
            fill: COLORS.background,
          },
        ),
        Plot.text(
          bars.filter((b) => b.value === null),
          {
            ...value,
            x: barX + 6,
            text: "text",
            textAnchor: "start",
            fontWeight: WEIGHT.regular,
            fill: COLORS.text,
          },
        ),
      ]),
    };
  };
}

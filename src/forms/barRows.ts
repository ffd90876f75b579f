import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { PlotContext } from "../chart.ts";
import { textWidth, wrap } from "../text/wrap.ts";
import { COLORS, plotType } from "./palette.ts";
import { tickFormat, valueTicks } from "./ticks.ts";

export interface Bar {
  /** Who reported it, written above the bar, so colour is never needed to read it. */
  label: string;
  /** null draws no bar: the article gives no number. */
  value: number | null;
  /** The figure in words, at the end of the bar: "an estimated 128". */
  text: string;
  color: string;
}

type LaidBar = Bar & { y: number; labelY: number; caption: string };

export interface BarGroup {
  title: string;
  bars: Bar[];
}

/**
 * Side-by-side bars for figures that sources give differently: one group per
 * measure, one bar per report, each labelled with its reporter and its figure
 * as worded. Laid out in pixels, so titles and labels wrap at any width.
 */
export function barRows(groups: BarGroup[], ctx: PlotContext): PlotOptions {
  const type = plotType(ctx.mobile);
  const lh = Math.round(type.label * 1.3);
  const barH = ctx.mobile ? 16 : 18;
  let y = 2;
  const titles: { y: number; text: string }[] = [];
  const bars: LaidBar[] = [];
  for (const group of groups) {
    const lines = wrap(group.title, ctx.width, type.label, "bold");
    titles.push({ y, text: lines.join("\n") });
    y += lines.length * lh + 6;
    for (const bar of group.bars) {
      const caption = wrap(bar.label, ctx.width, type.value);
      bars.push({ ...bar, labelY: y, y: y + caption.length * lh + 2, caption: caption.join("\n") });
      y += caption.length * lh + 2 + barH + 8;
    }
    y += 12;
  }
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const ticks = valueTicks(max, ctx.mobile);
  const end = ticks[ticks.length - 1]!;
  // A value label goes inside its bar when there is no room after it.
  const px = (v: number) => (v / end) * (ctx.width - 16);
  const fitsOutside = (b: Bar) => px(b.value ?? 0) + 6 + textWidth(b.text, type.value) * 1.12 <= ctx.width;
  const drawn = bars.filter((b) => b.value !== null);
  const bottom = 26;
  return {
    height: Math.ceil(y + bottom),
    marginTop: 0,
    marginLeft: 0,
    marginRight: 16,
    marginBottom: bottom,
    x: { domain: [0, end], ticks, tickFormat, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX(ticks, { stroke: COLORS.grid }),
      Plot.axisX({ ticks, tickFormat, fontSize: type.tick, tickSize: 0, tickPadding: 8 }),
      Plot.text(titles, {
        x: 0,
        y: "y",
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        fontWeight: 700,
        fontSize: type.label,
        fill: COLORS.ink,
        lineHeight: lh / type.label,
      }),
      Plot.text(bars, {
        x: 0,
        y: "labelY",
        text: "caption",
        textAnchor: "start",
        lineAnchor: "top",
        fontSize: type.value,
        fill: COLORS.label,
        lineHeight: lh / type.value,
      }),
      Plot.rectX(drawn, { x1: 0, x2: "value", y1: "y", y2: (d: LaidBar) => d.y + barH, fill: "color" }),
      Plot.text(drawn.filter(fitsOutside), {
        x: "value",
        y: (d: LaidBar) => d.y + barH / 2,
        text: "text",
        textAnchor: "start",
        dx: 6,
        fontSize: type.value,
        fontWeight: 600,
        fill: COLORS.ink,
      }),
      Plot.text(
        drawn.filter((b) => !fitsOutside(b)),
        {
          x: "value",
          y: (d: LaidBar) => d.y + barH / 2,
          text: "text",
          textAnchor: "end",
          dx: -6,
          fontSize: type.value,
          fontWeight: 600,
          fill: "#ffffff",
        },
      ),
      Plot.text(
        bars.filter((b) => b.value === null),
        {
          x: 0,
          y: (d: LaidBar) => d.y + barH / 2,
          text: "text",
          textAnchor: "start",
          dx: 6,
          fontSize: type.value,
          fontStyle: "italic",
          fill: COLORS.ink,
        },
      ),
    ],
  };
}

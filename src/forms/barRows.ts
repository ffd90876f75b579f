/**
 * Side-by-side bars for figures that sources give differently: one group per measure, one
 * bar per report, each labelled with its reporter and its figure as worded, so colour is never
 * needed to read it. A few bars get their label above the bar; many get it beside the bar, so
 * the chart stays within its height from 1 to 30 reports.
 *
 * A bar with `focus: false` recedes: a muted bar and figure, so the bars the headline is about (in the
 * accent colour, and first: the recipe orders them) stand out. Default: every bar in focus.
 *
 * `barRows(groups, options)`: the layout step (./barRowsLayout.ts) places every bar and text; the
 * drawing step, barRowsMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { drawLayout, type PlotFunction } from "../chart.ts";
import { COLORS, numberStyle, WEIGHT, type NumberStyle } from "../style/index.ts";
import {
  barRowsLayout,
  type BarGroup,
  type BarRowsLayout,
  type BarRowsOptions,
  type FigurePlace,
  type LaidBar,
} from "./barRowsLayout.ts";
import { focusColors } from "./focus.ts";
import { headings, segmentLinks, topText } from "./marks.ts";
import { axisLabels } from "./ticks.ts";

export type { Bar, BarGroup, BarRowsOptions } from "./barRowsLayout.ts";

/**
 * The defaults of barRows' options: the number style of the bars' values ("millions" only when
 * the largest reaches a million and none would lose a digit; see numberStyle).
 */
export const barRowsDefaults = {
  numberStyle: (groups: readonly BarGroup[]): NumberStyle =>
    numberStyle(groups.flatMap((g) => g.bars.map((b) => b.value))),
};

/** `options` may be a number style alone, as notebooks pass it: `barRows(groups, style)`. */
export function barRows(
  groups: readonly BarGroup[],
  options: BarRowsOptions | NumberStyle = {},
): PlotFunction {
  const { numberStyle = barRowsDefaults.numberStyle(groups) } =
    typeof options === "string" ? { numberStyle: options } : options;
  return (ctx) => {
    const layout = barRowsLayout(groups, { numberStyle }, ctx);
    return drawLayout(layout, barRowsMarks(ctx.Plot, layout));
  };
}

/** Gridlines, tick labels, group titles, bar labels, bars, then the figures. */
export function barRowsMarks(Plot: typeof PlotApi, l: BarRowsLayout): PlotApi.Markish[] {
  const { type, geometry: g } = l;
  return [
    segmentLinks(Plot, l.grid, { stroke: COLORS.grid }),
    ...axisLabels(Plot, l.axis),
    headings(Plot, l.titles, {
      fontWeight: WEIGHT.bold,
      fontSize: type.label,
      lineHeight: l.titleLh / type.label,
    }),
    topText(Plot, l.bars, {
      x: "labelX",
      y: "labelY",
      text: "caption",
      fontSize: type.value,
      fill: COLORS.text,
      lineHeight: g.captionLh / type.value,
    }),
    ...barColors(l).map(([fill, bars]) =>
      Plot.rect(bars, {
        x1: g.barX,
        x2: (d: LaidBar) => d.end,
        y1: "y",
        y2: (d: LaidBar) => d.y + g.barHeight,
        fill,
      }),
    ),
    ...figureMarks(Plot, l),
  ];
}

/** The drawn bars by fill: in focus, each its own colour or the accent; the rest, muted. */
function barColors(l: BarRowsLayout): [string, LaidBar[]][] {
  const fill = (b: LaidBar) =>
    b.focus === false ? focusColors(false).mark : (b.color ?? focusColors(true).mark);
  const drawn = l.bars.filter((b) => b.value !== null);
  return [...new Set(drawn.map(fill))].map((c) => [c, drawn.filter((b) => fill(b) === c)]);
}

/**
 * The figures: after their bars in ink, inside them on the bar's colour, and in place of a bar with no value.
 */
function figureMarks(Plot: typeof PlotApi, l: BarRowsLayout): PlotApi.Markish[] {
  const { type, geometry: g } = l;
  const gap = l.style.figureGap;
  const value = {
    fontSize: type.value,
    fontWeight: WEIGHT.semibold,
    y: (d: LaidBar) => d.y + g.barHeight / 2,
  };
  const at = (place: FigurePlace) => l.bars.filter((b) => b.figure === place);
  const after = (focus: boolean) => at("after").filter((b) => (b.focus !== false) === focus);
  return [
    ...[true, false].map((focus) =>
      Plot.text(after(focus), {
        ...value,
        x: (d: LaidBar) => d.end + gap,
        text: "text",
        textAnchor: "start",
        fill: focusColors(focus).figure,
      }),
    ),
    Plot.text(at("inside"), {
      ...value,
      x: (d: LaidBar) => d.end - gap,
      text: "text",
      textAnchor: "end",
      fill: COLORS.background,
    }),
    Plot.text(at("start"), {
      ...value,
      x: g.barX + gap,
      text: "text",
      textAnchor: "start",
      fontWeight: WEIGHT.regular,
      fill: COLORS.text,
    }),
  ];
}

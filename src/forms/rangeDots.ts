/**
 * Figures as dots with the range between them (FT Visual Vocabulary: range), for reports that
 * give a measure differently: the difference between 128 and 132 is the point, so the axis is not
 * from zero. One panel per measure, each on its own axis; the panels the headline is about
 * (`focus`) come first in the accent colour, the rest recede. Every dot is labelled with its figure
 * as worded and who gives it, so colour is never needed to read it.
 *
 * `rangeDots(groups, options)`: the layout step (./rangeDotsLayout.ts) places every dot and text;
 * the drawing step, rangeDotsMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { drawLayout, type PlotFunction } from "../chart.ts";
import { COLORS, numberStyle, WEIGHT, type NumberStyle } from "../style/index.ts";
import { focusColors } from "./focus.ts";
import { headings, segmentLinks } from "./marks.ts";
import {
  rangeDotsLayout,
  type LaidDot,
  type RangeDotsLayout,
  type RangeDotsOptions,
  type RangeGroup,
  type RangePanel,
} from "./rangeDotsLayout.ts";
import { axisLabels } from "./ticks.ts";

export type { RangeDot, RangeDotsOptions, RangeGroup } from "./rangeDotsLayout.ts";

/** The defaults of rangeDots' options: the number style of the dots' values (see numberStyle). */
export const rangeDotsDefaults = {
  numberStyle: (groups: readonly RangeGroup[]): NumberStyle =>
    numberStyle(groups.flatMap((g) => g.dots.map((d) => d.value))),
};

export function rangeDots(groups: readonly RangeGroup[], options: RangeDotsOptions = {}): PlotFunction {
  const { numberStyle = rangeDotsDefaults.numberStyle(groups) } = options;
  return (ctx) => {
    const layout = rangeDotsLayout(groups, { numberStyle }, ctx);
    return drawLayout(layout, rangeDotsMarks(ctx.Plot, layout));
  };
}

/** Each panel: its title, tick labels, range bar with caps, dots, then their figures and who gives them. */
export function rangeDotsMarks(Plot: typeof PlotApi, l: RangeDotsLayout): PlotApi.Markish[] {
  return l.panels.flatMap((p) => panelMarks(Plot, l, p));
}

function panelMarks(Plot: typeof PlotApi, l: RangeDotsLayout, p: RangePanel): PlotApi.Markish[] {
  const { style, type } = l;
  const colors = focusColors(p.focus);
  const size = type.value;
  const cap = style.range.cap / 2;
  const r = p.range;
  const text = (anchor: "start" | "end") => p.dots.filter((d) => d.anchor === anchor);
  return [
    headings(Plot, [p.title], {
      fontSize: type.label,
      fontWeight: WEIGHT.bold,
      lineHeight: l.lineHeight / type.label,
    }),
    ...axisLabels(Plot, p.axis),
    ...(r
      ? [
          segmentLinks(Plot, [{ x1: r.x1, x2: r.x2, y1: r.y, y2: r.y }], {
            stroke: colors.mark,
            strokeWidth: style.range.width,
          }),
          segmentLinks(
            Plot,
            [r.x1, r.x2].map((x) => ({ x1: x, x2: x, y1: r.y - cap, y2: r.y + cap })),
            { stroke: colors.mark, strokeWidth: style.range.width / 2 },
          ),
        ]
      : []),
    Plot.dot(p.dots, {
      x: "x",
      y: "y",
      r: style.dot.r,
      fill: colors.mark,
      stroke: COLORS.background,
      strokeWidth: style.dot.stroke,
    }),
    ...(["start", "end"] as const).flatMap((anchor) => [
      Plot.text(text(anchor), {
        x: "figureX",
        y: "y",
        text: "text",
        textAnchor: anchor,
        fontSize: size,
        fontWeight: WEIGHT.semibold,
        fill: colors.figure,
      }),
      Plot.text(text(anchor), {
        x: "whoX",
        y: (d: LaidDot) => d.whoY,
        text: "who",
        textAnchor: anchor,
        lineAnchor: "middle",
        lineHeight: l.lineHeight / size,
        fontSize: size,
        fill: colors.words,
      }),
    ]),
    Plot.text(p.words, {
      x: 0,
      y: "y",
      text: "text",
      textAnchor: "start",
      lineAnchor: "top",
      fontSize: size,
      fill: colors.words,
    }),
  ];
}

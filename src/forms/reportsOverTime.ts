/**
 * Reported figures over time: one point per report on a time axis, so distance means time,
 * never joined by a line (reports from different sources are not a series). Each point is
 * labelled with its figure and who gave it where space allows; the latest and first of each
 * series get their labels first. The height is fixed, so 1 or 30 reports fit the same frame.
 *
 * `reportsOverTime(points, options)`: the layout step (./reportsOverTimeLayout.ts) places every
 * point and label; the drawing step, reportsOverTimeMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { drawLayout, type LegendItem, type PlotFunction } from "../chart.ts";
import { COLORS, numberStyle, SERIES, WEIGHT, type NumberStyle } from "../style/index.ts";
import {
  reportsOverTimeLayout,
  type LaidPoint,
  type PointLabel,
  type ReportsOverTimeLayout,
  type TimePoint,
} from "./reportsOverTimeLayout.ts";
import { segmentLinks, topText } from "./marks.ts";
import { axisLabels } from "./ticks.ts";

export type { TimePoint } from "./reportsOverTimeLayout.ts";

export type SeriesStyle = LegendItem & { shape: "circle" | "ring" };
export type SeriesStyles = Record<string, SeriesStyle>;

export interface ReportsOverTimeOptions {
  /**
   * Each series' colour and shape, by the points' `series`. Default: the house series (SERIES: killed,
   * injured).
   */
  series?: SeriesStyles;
  /** The number style of the value axis. Default: the style of the points' values (numberStyle). */
  numberStyle?: NumberStyle;
}

export const reportsOverTimeDefaults = {
  series: SERIES as SeriesStyles,
  numberStyle: (points: readonly TimePoint[]): NumberStyle => numberStyle(points.map((p) => p.value)),
};

/** Series styles alone, as notebooks pass them (`reportsOverTime(points, SERIES)`), rather than options. */
function isSeriesStyles(o: ReportsOverTimeOptions | SeriesStyles): o is SeriesStyles {
  const values = Object.values(o) as unknown[];
  return values.length > 0 && values.every((v) => typeof v === "object" && v !== null && "shape" in v);
}

export function reportsOverTime(
  points: readonly TimePoint[],
  options: ReportsOverTimeOptions | SeriesStyles = {},
): PlotFunction {
  const {
    series = reportsOverTimeDefaults.series,
    numberStyle = reportsOverTimeDefaults.numberStyle(points),
  } = isSeriesStyles(options) ? { series: options } : options;
  return (ctx) => {
    const layout = reportsOverTimeLayout(points, { numberStyle }, ctx);
    return drawLayout(layout, reportsOverTimeMarks(ctx.Plot, layout, series));
  };
}

/** Gridlines and baseline, value and time tick labels, leader lines, the points, then their labels. */
export function reportsOverTimeMarks(
  Plot: typeof PlotApi,
  l: ReportsOverTimeLayout,
  series: SeriesStyles,
): PlotApi.Markish[] {
  const { type, style } = l;
  const swatch = (p: LaidPoint) => series[p.series];
  return [
    segmentLinks(Plot, l.grid, { stroke: COLORS.grid }),
    segmentLinks(Plot, l.baseline, { stroke: COLORS.axis }),
    Plot.text(l.values.ticks, {
      x: l.values.left - style.tickGap,
      y: l.y,
      text: l.values.format,
      textAnchor: "end",
      fontSize: type.tick,
      fill: COLORS.text,
      className: "tick",
    }),
    ...axisLabels(Plot, l.time),
    segmentLinks(Plot, l.leaders, { stroke: COLORS.axis, strokeWidth: style.leader.width }),
    Plot.dot(l.points, {
      x: "px",
      y: "py",
      r: style.point.r,
      fill: (p: LaidPoint) =>
        swatch(p)?.shape === "ring" ? COLORS.background : (swatch(p)?.color ?? COLORS.report),
      stroke: (p: LaidPoint) => swatch(p)?.color ?? COLORS.report,
      strokeWidth: style.point.stroke,
    }),
    ...labelMarks(Plot, l),
  ];
}

/** Each label's figure in semibold and who gave it under it, one pair of marks per text anchor. */
function labelMarks(Plot: typeof PlotApi, l: ReportsOverTimeLayout): PlotApi.Markish[] {
  const { type } = l;
  const text = { x: "tx", fontSize: type.value, fill: COLORS.ink };
  return (["start", "middle", "end"] as const).flatMap((anchor) => {
    const group = l.labels.filter((label) => label.anchor === anchor);
    return [
      topText(Plot, group, {
        ...text,
        y: "ty",
        text: "label",
        textAnchor: anchor,
        fontWeight: WEIGHT.semibold,
      }),
      topText(Plot, group, {
        ...text,
        y: (label: PointLabel) => label.ty + type.value + l.style.label.lineGap,
        text: "who",
        textAnchor: anchor,
        fontSize: type.tick,
        fill: COLORS.text,
      }),
    ];
  });
}

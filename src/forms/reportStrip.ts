import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { PlotContext } from "../chart.ts";
import { wrap } from "../text/wrap.ts";
import { COLORS, plotType } from "./palette.ts";
import { tickFormat, valueTicks } from "./ticks.ts";

/** One report: a heading (date and reporter), its figures as dots on a shared scale, and their labels in words. */
export interface Report {
  title: string;
  points: { value: number; series: string }[];
  /** The figures in words, with qualifiers: "at least 484 killed · 1,321 injured". */
  caption: string;
}

type Point = { value: number; series: string; y: number };

export interface SeriesStyle {
  color: string;
  shape: "circle" | "ring";
}

/**
 * Labelled points for a handful of reports from different sources: one strip
 * per report, in date order, never joined by a line. Every figure is written
 * out under its strip, so nothing depends on reading the scale or the colours.
 */
export function reportStrip(
  reports: Report[],
  series: Record<string, SeriesStyle>,
  ctx: PlotContext,
): PlotOptions {
  const type = plotType(ctx.mobile);
  // Lay out each report: title line(s), dots, caption line(s). Text is wrapped here, so heights are exact.
  const lh = Math.round(type.label * 1.3);
  let y = 4;
  const laidOut = reports.map((r) => {
    const title = wrap(r.title, ctx.width, type.label, "semibold");
    const caption = wrap(r.caption, ctx.width, type.value);
    const titleY = y;
    y += title.length * lh + 6;
    const dotY = y + 8;
    y += 22;
    const captionY = y;
    y += caption.length * lh + 16;
    return { title: title.join("\n"), caption: caption.join("\n"), points: r.points, titleY, dotY, captionY };
  });
  const max = Math.max(...reports.flatMap((r) => r.points.map((p) => p.value)));
  const ticks = valueTicks(max * 1.02, ctx.mobile);
  const points = laidOut.flatMap((r) => r.points.map((p) => ({ ...p, y: r.dotY })));
  const bottom = 28;
  return {
    height: Math.ceil(y + bottom),
    marginTop: 0,
    marginLeft: 0,
    marginRight: ctx.mobile ? 22 : 16,
    marginBottom: bottom,
    x: { domain: [0, ticks[ticks.length - 1]!], ticks, tickFormat, grid: false, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX(ticks, { stroke: COLORS.grid, strokeOpacity: 1 }),
      Plot.axisX({ ticks, tickFormat, fontSize: type.tick, tickSize: 0, tickPadding: 8 }),
      Plot.ruleY(laidOut, { y: "dotY", x1: 0, x2: ticks[ticks.length - 1], stroke: COLORS.faint }),
      Plot.text(laidOut, {
        y: "titleY",
        x: 0,
        text: "title",
        textAnchor: "start",
        fontWeight: 600,
        fontSize: type.label,
        fill: COLORS.ink,
        lineHeight: lh / type.label,
        lineAnchor: "top",
      }),
      Plot.dot(points, {
        x: "value",
        y: "y",
        r: 5.5,
        fill: (d: Point) =>
          series[d.series]?.shape === "ring" ? "#ffffff" : (series[d.series]?.color ?? COLORS.muted),
        stroke: (d: Point) => series[d.series]?.color ?? COLORS.muted,
        strokeWidth: 2,
      }),
      Plot.text(laidOut, {
        y: "captionY",
        x: 0,
        text: "caption",
        textAnchor: "start",
        fontSize: type.value,
        fill: COLORS.label,
        lineHeight: lh / type.label,
        lineAnchor: "top",
      }),
    ],
  };
}

/**
 * The marks every form draws alike, as Plot's own marks with the options the forms share
 * (Plot's way: a defaults object, and options that override it).
 */
import type * as PlotApi from "@observablehq/plot";
import { COLORS } from "../style/index.ts";

/** Straight lines, each from {x1, y1} to {x2, y2} in px: gridlines, rules, leader lines. */
export function segmentLinks(
  Plot: typeof PlotApi,
  data: PlotApi.Data,
  options: PlotApi.LinkOptions,
): PlotApi.Link {
  return Plot.link(data, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", ...options });
}

const topTextDefaults = { y: "y", text: "text", textAnchor: "start", lineAnchor: "top" } as const;

/**
 * Texts set from the top of their first line, at their start unless told otherwise: {y, text} each by
 * default.
 */
export function topText(
  Plot: typeof PlotApi,
  data: PlotApi.Data,
  options: PlotApi.TextOptions,
): PlotApi.Text {
  return Plot.text(data, { ...topTextDefaults, ...options });
}

/** Headings in ink from the plot's left edge: group titles, lane titles, days. */
export function headings(
  Plot: typeof PlotApi,
  data: PlotApi.Data,
  options: { fontSize: number; fontWeight: number; lineHeight?: number },
): PlotApi.Text {
  return topText(Plot, data, { x: 0, fill: COLORS.ink, ...options });
}

/**
 * The house type scale and spacing: sizes and line heights of the frame's text and the plot's
 * labels, paddings and gaps, for each layout (web, mobile, the social card). Every form and the
 * frame read them here, so a change of style is one edit.
 */

/** The layouts a chart is drawn in: the two SVG sizes, and the social card (drawn at half its pixel size, shown at 2×). */
export type Layout = "web" | "mobile" | "social";

/** Font weights in use: regular for reading, semibold for labels that name a value, bold for headlines and figures. */
export const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;

/**
 * The fallback stack after the chart's embedded faces: Source Sans 3 where it is installed, then
 * the fonts the wrapping allows for (src/text/metrics.ts), then Noto for Arabic and Hebrew.
 */
export const FONT_STACK =
  "'Source Sans 3', 'Source Sans Pro', Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', sans-serif";

/** [font size, line height] in px. */
export type Line = readonly [number, number];

export interface FrameType {
  pad: number;
  gap: number;
  headline: Line;
  subtitle: Line;
  legend: Line;
  notes: Line;
}

/** The frame's text, per layout. The social card is drawn 600 px wide and shown at 1200 px. */
export const FRAME: Record<Layout, FrameType> = {
  web: { pad: 20, gap: 12, headline: [22, 27], subtitle: [15, 20], legend: [13, 18], notes: [12.5, 16] },
  mobile: { pad: 12, gap: 10, headline: [19, 23], subtitle: [14, 18], legend: [12.5, 17], notes: [12, 15] },
  social: { pad: 22, gap: 8, headline: [19, 23], subtitle: [12, 15], legend: [11, 14], notes: [10, 13] },
};

/** The sizes a plot is drawn at; the social card's plot is drawn at web size, to the card's height. */
export type PlotSize = "web" | "mobile";

export function plotSize(mobile: boolean): PlotSize {
  return mobile ? "mobile" : "web";
}

/** Type sizes inside the plot, in px: labels (titles of groups and lanes), value labels and tick labels. */
export interface PlotType {
  label: number;
  value: number;
  tick: number;
}

export const PLOT_TYPE: Record<PlotSize, PlotType> = {
  web: { label: 13, value: 13, tick: 12 },
  mobile: { label: 12, value: 12, tick: 11 },
};

/** Type sizes inside the plot at a size. */
export function plotType(mobile: boolean): PlotType {
  return PLOT_TYPE[plotSize(mobile)];
}

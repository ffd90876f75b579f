/**
 * The house type scale: the layouts, font weights and stack, and the type sizes inside the plot
 * at each size. The frame's type and spacing are in ./frame.ts, each form's in ./forms.ts. Every
 * form and the frame read them from src/style/, so a change of style is one edit.
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

/** A style per plot size: the web's, and the phone's as the web's with some values changed. */
export function bySize<S extends object>(web: S, mobile: Partial<S>): Record<PlotSize, S> {
  return { web, mobile: { ...web, ...mobile } };
}

/** A form's style at the plot's size, with the plot's type sizes at that size. */
export function formStyle<S>(table: Record<PlotSize, S>, mobile: boolean): { style: S; type: PlotType } {
  return { style: table[plotSize(mobile)], type: plotType(mobile) };
}

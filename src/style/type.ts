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
  mobile: { label: 12, value: 12, tick: 12 },
};

/**
 * No text on the phone chart under this size: the 360 px SVG is shown about 390 px wide, so 12 px reads
 * as about 13 px (11 px read as 10.9 px at 390 px once scaled to a 360 px column). The frame's text and
 * the plot's ticks, labels and numbered markers all keep to it; src/render/chartLimits.ts checks the plot's.
 */
export const MOBILE_MIN_TYPE = 12;

/** Type sizes inside the plot at a size. */
export function plotType(mobile: boolean): PlotType {
  return PLOT_TYPE[plotSize(mobile)];
}

/**
 * The social card's dense type (drawn at half size, so 11 px is 22 px on the 1200 px card, about 9 px in a
 * feed 500 px wide): what a form sets when its layout at web size overruns the card's plot box.
 */
export const CARD_TYPE: PlotType = { label: 11, value: 11, tick: 11 };

/**
 * A style per plot size: the web's, the phone's as the web's with some values changed, and the social card's
 * dense style (tighter spacing, for a layout that overruns the card at web size) likewise.
 */
export function bySize<S extends object>(
  web: S,
  mobile: Partial<S>,
  card: Partial<S> = {},
): Record<PlotSize, S> & { card: S } {
  return { web, mobile: { ...web, ...mobile }, card: { ...web, ...card } };
}

/**
 * A form's style at the plot's size, with the plot's type sizes at that size; `dense`, the social card's
 * dense style and type (see CARD_TYPE).
 */
export function formStyle<S>(
  table: Record<PlotSize, S> & { card?: S },
  mobile: boolean,
  dense = false,
): { style: S; type: PlotType } {
  if (dense && table.card) return { style: table.card, type: CARD_TYPE };
  return { style: table[plotSize(mobile)], type: plotType(mobile) };
}

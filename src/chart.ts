import type * as PlotApi from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { CitedRow } from "./cite/names.ts";

/** The sizes every chart is rendered at. */
export const SIZES = {
  web: { width: 640, suffix: "" },
  mobile: { width: 360, suffix: ".mobile" },
} as const;
export type Size = keyof typeof SIZES;

/** What a chart's plot function is told: the plot's width in px (inside the frame's margins) and the size. */
export interface PlotContext {
  /**
   * Observable Plot, handed over by the renderer: forms build their marks with it, so building a
   * notebook (npm run check, a build whose charts are all cached) never loads Plot.
   */
  Plot: typeof PlotApi;
  width: number;
  size: Size;
  mobile: boolean;
  /** The height the layout has for the plot (the social card's), for forms that can fit it; otherwise the form's own. */
  height?: number;
  /**
   * The social card's last try, when its plot cannot keep every label the web chart has even in its
   * roomiest box: a form may then leave labels out, counted where it can ("Two more events not shown"),
   * rather than fail the chart, so tomorrow's report never stops a build. The web and phone charts and
   * the alt text keep every one.
   */
  crowded?: boolean;
}

/**
 * What a form's pure layout step is told: the context without Plot, so it runs (and is tested) without
 * drawing.
 */
export type LayoutContext = Omit<PlotContext, "Plot">;

/** A chart form at work: from the context to Plot options, notes and legend entries at that size. */
export type PlotFunction = (ctx: PlotContext) => PlotLayout;

/**
 * A form given a height (the social card's plot box) that cannot place every label its web chart
 * places: the card tries a roomier box (its subtitle on one line), then fails the chart by name.
 */
export class NoRoom extends Error {
  override name = "NoRoom";
}

/** What a chart form returns at one size: Plot options for the marks, and notes that depend on the layout. */
export interface PlotLayout {
  options: PlotOptions;
  /** Notes the frame adds at this size only, e.g. "Three reports are unlabelled for space." */
  notes?: string[];
  /** Legend entries the form adds for what it draws at this size, e.g. a tint for an approximate start. */
  legend?: LegendItem[];
  /**
   * The marks the form labelled at this size, one key each ("killed|2026-01-06|more than 71,400"), from
   * its placer: the social card must label every mark the web chart labels (test/forms/socialLabels.test.ts).
   */
  labelled?: string[];
}

/** A legend entry drawn in SVG by the frame: a shape in a colour, always with its text. */
export interface LegendItem {
  label: string;
  color: string;
  /** "fade": pale pieces growing to the right, for a closure whose start no report dates. */
  shape: "square" | "circle" | "ring" | "line" | "dashed" | "band" | "fade" | "number";
}

/** A row as charts receive it: cited, and traceable to its CSV line. */
export type ChartRow = CitedRow & { ref: { file: string; line: number } };

/**
 * A chart, declared once as data. The frame draws the headline, subtitle,
 * legend, notes, source line (derived from `rows`) and credit; `plot` returns
 * Plot options for the marks. Plot's own title, subtitle, caption and legends
 * are not allowed: they make an HTML figure, which is not publishable SVG.
 */
export interface ChartSpec<R extends ChartRow = ChartRow> {
  /** File name stem, lower-case words joined by hyphens. */
  id: string;
  /** States the point. */
  headline: string;
  /** Exactly what is measured, with units and period. */
  subtitle: string;
  /** Alt text: what the chart shows, in words, with its figures. */
  alt: string;
  notes?: string[];
  legend?: LegendItem[];
  /** The rows plotted: the source line and the notebook's data table come from these. */
  rows: readonly R[];
  plot: (ctx: PlotContext) => PlotLayout;
}

/**
 * What a story's chart recipe returns: a chart but for its id, which the notebook gives. Written out
 * on every recipe, so that checking a saved notebook (the watch's type check) need not infer it
 * from the recipe's body.
 */
export type ChartRecipe<R extends ChartRow = ChartRow> = Omit<ChartSpec<R>, "id">;

/**
 * Plot options for a form that places every mark itself, in pixels: identity scales, no axes,
 * no margin. Every form draws this way, so labels can be measured and placed before Plot runs.
 */
export function pixelPlot(width: number, height: number, marks: PlotApi.Markish[]): PlotOptions {
  return {
    width,
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks,
  };
}

/**
 * What a form's layout step hands its drawing step besides the marks' data: the plot's size, and notes and
 * legend entries at that size.
 */
export interface LaidOut {
  width: number;
  height: number;
  notes?: string[];
  legend?: LegendItem[];
  /** What the form labels at this size, one key per labelled mark (see PlotLayout). */
  labelled?: string[];
}

/**
 * A form's layout drawn: its marks in a pixel plot of the layout's size, with its notes and legend entries.
 */
export function drawLayout(layout: LaidOut, marks: PlotApi.Markish[]): PlotLayout {
  return {
    options: pixelPlot(layout.width, layout.height, marks),
    notes: layout.notes ?? [],
    legend: layout.legend ?? [],
    ...(layout.labelled ? { labelled: layout.labelled } : {}),
  };
}

import * as Plot from "@observablehq/plot";
import { SIZES, type ChartSpec, type Size } from "../chart.ts";
import { sourceLine } from "../cite/sourceLine.ts";
import type { Names } from "../cite/names.ts";
import { sharedWindow } from "./dom.ts";
import { frame, plotWidth, sourceLines, SOURCE_LINES } from "./frame.ts";
import { renameIds } from "./ids.ts";
import { publishProblems } from "./publishable.ts";

export interface RenderContext {
  /** Reporters' and publishers' names, for the source line. */
  names: Names;
  /** The byline at the foot of every chart, set once for the project. */
  credit: string;
}

/** Class and id prefix of one chart at one size: unique per chart and size, so many can share a page. */
export function chartPrefix(id: string, size: Size): string {
  return `rf-${id}-${size}`;
}

/**
 * Render one chart at one size to a standalone SVG string: Plot draws the marks
 * into the shared jsdom document, the frame wraps them, ids are renamed per
 * chart and size, and the result is serialized with XMLSerializer.
 * Throws if the chart cannot be published (no source rows, a Plot figure, a script).
 */
export function renderSvg(chart: ChartSpec, size: Size, context: RenderContext): string {
  const window = sharedWindow();
  const { document } = window;
  const prefix = chartPrefix(chart.id, size);
  const width = SIZES[size].width;
  const source = sourceLine(
    chart.rows,
    context.names,
    (line) => sourceLines(line, size) <= SOURCE_LINES[size],
  );
  const inner = plotWidth(size, width);
  const layout = chart.plot({ width: inner, size, mobile: size === "mobile" });
  const { options } = layout;
  for (const key of ["title", "subtitle", "caption", "figure"] as const) {
    if (options[key] != null)
      throw new Error(
        `Plot option ${key} makes an HTML figure; use the chart's headline, subtitle, notes or legend`,
      );
  }
  const plot = Plot.plot({ ...options, width: inner, document, className: `${prefix}-plot` });
  if (!(plot instanceof window.SVGSVGElement))
    throw new Error(
      `Plot returned a <${plot.nodeName.toLowerCase()}>, not an <svg>: remove Plot legends (color: {legend}) and use the chart's legend`,
    );
  const svg = frame(document, plot, {
    prefix,
    size,
    width,
    headline: chart.headline,
    subtitle: chart.subtitle,
    alt: chart.alt,
    legend: chart.legend ?? [],
    notes: [...(chart.notes ?? []), ...(layout.notes ?? [])],
    source,
    credit: context.credit,
  });
  renameIds(svg, prefix);
  const text = new window.XMLSerializer().serializeToString(svg) + "\n";
  const problems = publishProblems(text);
  if (problems.length) throw new Error(`not publishable: ${problems.join("; ")}`);
  return text;
}

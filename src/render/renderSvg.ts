import { Plot } from "./libs.ts";
import { NoRoom, type ChartSpec, type LegendItem, type PlotLayout, type Size } from "../chart.ts";
import { UserError } from "../errors.ts";
import { sourceLine } from "../cite/sourceLine.ts";
import type { Names } from "../cite/names.ts";
import { applyTheme, FONT_STACK, SOURCE_LINES, type Layout, type Theme } from "../style/index.ts";
import { typeset } from "../text/typeset.ts";
import { sharedWindow } from "./dom.ts";
import { frame } from "./frame.ts";
import { checkLimits, limitProblems, type LimitInput } from "./chartLimits.ts";
import { plotWidth, socialPlotBox, sourceLines } from "./frameLayout.ts";
import { renameIds } from "./renameIds.ts";
import { publishProblems } from "./publishable.ts";

export interface RenderContext {
  /** Reporters' and publishers' names, for the source line. */
  names: Names;
  /** The byline at the foot of every chart, set once for the project. */
  credit: string;
  /**
   * Colours: "auto" (the default) carries both palettes and follows the reader's
   * prefers-color-scheme; "light" or "dark" forces one, for desks that must.
   */
  theme?: Theme;
  /** A folder where cut fonts are kept between runs (node_modules/.cache/rafah-figures/fonts); none in tests. */
  fontCache?: string;
  /**
   * Check the limits on headline, notes, legend and labels (./chartLimits.ts): true by default;
   * false only for layout tests on data no desk would publish (test/layout's stress dataset).
   */
  limits?: boolean;
}

/** Class and id prefix of one chart in one layout: unique per chart and layout, so many can share a page. */
function chartPrefix(id: string, layout: Layout): string {
  return `rf-${id}-${layout}`;
}

/**
 * Render one chart at one size to a standalone SVG string: Plot draws the marks
 * into the shared jsdom document, the frame wraps them, ids are renamed per
 * chart and size, and the result is serialized with XMLSerializer.
 * Throws if the chart cannot be published (no source rows, a Plot figure, a script,
 * a colour outside the house palette). Fonts are embedded afterwards by embedFonts
 * (src/render/embedFonts.ts), which renderChart does for every file it writes.
 */
export function renderSvg(chart: ChartSpec, size: Size, context: RenderContext): string {
  return renderLayout(chart, size, context).text;
}

/**
 * The same at a size or as the social card, with the drawn element as well: a build cuts and
 * embeds the fonts from it without parsing the text again.
 */
export function renderSvgElement(chart: ChartSpec, layout: Layout, context: RenderContext): DrawnSvg {
  return renderLayout(chart, layout, context);
}

/**
 * The social card: always 1200 × 675 px, laid out for that shape (drawn at 600 × 337.5 and shown at 2×).
 * A plot that cannot keep its labels in its box, even in its form's compact card layout and with a
 * one-line subtitle, gets a last, crowded try that counts or leaves out what it cannot hold (socialPlot):
 * never a taller card, and never a failed build for tomorrow's report.
 */
export function renderSocialSvg(chart: ChartSpec, context: RenderContext): string {
  return renderLayout(chart, "social", context).text;
}

/** A drawn chart: the SVG as its file gives it, and its element in the shared document. */
export interface DrawnSvg {
  text: string;
  element: SVGSVGElement;
}

/** Runs of Hebrew or Arabic (with the spaces and marks between their words). */
const SCRIPT_RUN =
  /([\u0590-\u05ff\ufb1d-\ufb4f]+(?:[\s\u00a0]+[\u0590-\u05ff\ufb1d-\ufb4f]+)*)|([\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:[\s\u00a0]+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*)/gu;

/**
 * A run of Hebrew or Arabic in a text goes in a <tspan> that names its Noto face first. Browsers
 * would find it in the chart's embedded family by unicode-range anyway, but resvg only shapes
 * Arabic when the face is named for the run (it does not fall back to it within a Latin run).
 */
function scriptRuns(document: Document, node: Node): void {
  const text = node.nodeValue ?? "";
  const parent = node.parentNode;
  if (!parent || parent.nodeName.toLowerCase() === "desc" || !SCRIPT_RUN.test(text)) return;
  SCRIPT_RUN.lastIndex = 0;
  const parts: Node[] = [];
  let at = 0;
  for (const m of text.matchAll(SCRIPT_RUN)) {
    if (m.index > at) parts.push(document.createTextNode(text.slice(at, m.index)));
    const span = document.createElementNS("http://www.w3.org/2000/svg", "tspan");
    span.setAttribute("font-family", `'${m[1] ? "Noto Sans Hebrew" : "Noto Sans Arabic"}', ${FONT_STACK}`);
    span.textContent = m[0];
    parts.push(span);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  for (const part of parts) parent.insertBefore(part, node);
  parent.removeChild(node);
}

function renderLayout(chart: ChartSpec, layout: Layout, context: RenderContext): DrawnSvg {
  const window = sharedWindow();
  const { document } = window;
  const prefix = chartPrefix(chart.id, layout);
  const parts = plotParts(chart, layout, context, prefix);
  if (context.limits !== false) checkLimits(chart.id, layout, parts);
  const { plot, ...around } = parts;
  const svg = frame(document, plot, { prefix, layout, alt: chart.alt, ...around });
  typesetTexts(document, svg);
  prefixClasses(svg, prefix);
  const css = applyTheme(svg, prefix, context.theme ?? "auto");
  const style = svg.querySelector("style");
  if (style) style.textContent = `.${prefix} text{white-space:pre;font-variant-numeric:tabular-nums}${css}`;
  renameIds(svg, prefix);
  const text = new window.XMLSerializer().serializeToString(svg) + "\n";
  const problems = publishProblems(text);
  if (problems.length) throw new Error(`not publishable: ${problems.join("; ")}`);
  return { text, element: svg };
}

/**
 * The chart's source line at a layout: the fullest form that keeps to the layout's lines; the social
 * card's is the web chart's, word for word (it keeps to two lines there too: the card's notes type
 * is smaller for its width).
 */
function chartSource(chart: ChartSpec, layout: Layout, names: Names): string {
  const fits = layout === "social" ? "web" : layout;
  return sourceLine(chart.rows, names, (line) => sourceLines(line, fits) <= SOURCE_LINES[fits]);
}

/** What the frame sets around the plot, and the limits check reads: one object, so neither can miss a part. */
type PlotParts = LimitInput & { plot: SVGSVGElement; legend: LegendItem[]; notes: string[]; credit: string };

/**
 * The chart's plot at a layout with what the frame sets around it: the source line, and the
 * chart's legend and notes followed by those the form adds (a legend label once).
 */
function plotParts(chart: ChartSpec, layout: Layout, context: RenderContext, prefix: string): PlotParts {
  const source = chartSource(chart, layout, context.names);
  const { plot, plotted, subtitleLines } = drawPlot(
    chart,
    layout,
    { source, credit: context.credit },
    prefix,
  );
  const legend = mergedLegend(chart.legend ?? [], plotted.legend ?? []);
  const notes = [...(chart.notes ?? []), ...(plotted.notes ?? [])];
  return {
    headline: chart.headline,
    subtitle: chart.subtitle,
    credit: context.credit,
    source,
    plot,
    legend,
    notes,
    subtitleLines,
  };
}

/** The chart's legend followed by the entries its form adds, a label once. */
function mergedLegend(chart: readonly LegendItem[], form: readonly LegendItem[]): LegendItem[] {
  const legend = [...chart];
  for (const item of form) if (!legend.some((l) => l.label === item.label)) legend.push(item);
  return legend;
}

/**
 * What breaks the limits the build checks in a chart at a layout (./chartLimits.ts), known ones too:
 * for tests and for keeping KNOWN_OVER to what is still over.
 */
export function chartLimitProblems(chart: ChartSpec, size: Layout, context: RenderContext): string[] {
  return limitProblems(size, plotParts(chart, size, context, chartPrefix(chart.id, size)));
}

/**
 * The chart's plot at a layout, drawn by Plot in the shared document: the form is told the width
 * inside the frame (and on the social card the height its box leaves). Refuses Plot options that
 * make an HTML figure, and anything but an <svg>.
 */
function drawPlot(
  chart: ChartSpec,
  layout: Layout,
  foot: { source: string; credit: string },
  prefix: string,
): { plot: SVGSVGElement; plotted: PlotLayout; subtitleLines?: number } {
  const window = sharedWindow();
  const size: Size = layout === "mobile" ? "mobile" : "web";
  const inner = plotWidth(layout);
  const draw = (height?: number, crowded?: boolean) =>
    chart.plot({
      Plot,
      width: inner,
      size,
      mobile: size === "mobile",
      height,
      ...(crowded ? { crowded } : {}),
    });
  const card = layout === "social" ? socialPlot(chart, foot, draw) : undefined;
  const plotted = card?.plotted ?? draw();
  const { options } = plotted;
  for (const key of ["title", "subtitle", "caption", "figure"] as const) {
    if (options[key] != null)
      throw new Error(
        `Plot option ${key} makes an HTML figure; use the chart's headline, subtitle, notes or legend`,
      );
  }
  const plot = Plot.plot({
    ...options,
    width: inner,
    document: window.document,
    className: `${prefix}-plot`,
  });
  if (!(plot instanceof window.SVGSVGElement))
    throw new Error(
      `Plot returned a <${plot.nodeName.toLowerCase()}>, not an <svg>: remove Plot legends (color: {legend}) and use the chart's legend`,
    );
  return { plot, plotted, subtitleLines: card?.subtitleLines };
}

/**
 * The card's plot, drawn to its box: a box that leaves room for the whole legend, the form's entries
 * too (drawn once, then again when its own entries take more room than the chart's alone); when
 * the plot overruns it, again with the subtitle on one line; then once more, crowded
 * (PlotContext.crowded), where the form may leave out labels it cannot place. A form that cannot
 * draw even then fails the chart by name.
 */
function socialPlot(
  chart: ChartSpec,
  foot: { source: string; credit: string },
  draw: (height: number, crowded?: boolean) => PlotLayout,
): { plotted: PlotLayout; subtitleLines?: number } {
  const box = (legend: readonly LegendItem[], subtitleLines?: number) =>
    socialPlotBox({ headline: chart.headline, subtitle: chart.subtitle, legend, subtitleLines, ...foot })
      .height;
  // A form that cannot place its labels in the box says so (NoRoom), or overruns it: the roomier box
  // is tried, then the crowded try, and only then does the chart fail by name.
  const attempt = (h: number, crowded?: boolean) => {
    try {
      return draw(h, crowded);
    } catch (error) {
      if (error instanceof NoRoom) return error;
      throw error;
    }
  };
  const fits = (p: PlotLayout | NoRoom, h: number): p is PlotLayout =>
    !(p instanceof NoRoom) && Number(p.options.height) <= h;
  const first = box(chart.legend ?? []);
  let plotted = attempt(first);
  const legend = mergedLegend(chart.legend ?? [], plotted instanceof NoRoom ? [] : (plotted.legend ?? []));
  const height = box(legend);
  if (height !== first) plotted = attempt(height);
  if (fits(plotted, height)) return { plotted };
  const roomier = Math.max(box(legend, 1), height);
  const lines = roomier > height ? { subtitleLines: 1 } : {};
  const again = roomier > height ? attempt(roomier) : plotted;
  if (fits(again, roomier)) return { plotted: again, ...lines };
  // The last try: the form may leave out labels it cannot place, and count them (PlotContext.crowded).
  const crowded = attempt(roomier, true);
  if (crowded instanceof NoRoom)
    throw new UserError(`social card: ${crowded.message}, even with its subtitle on one line`);
  return { plotted: crowded, ...lines };
}

/**
 * House typography on every text the reader sees, wrapped or not: curly quotes, no-break spaces; Hebrew and
 * Arabic runs in their face.
 */
function typesetTexts(document: Document, svg: SVGSVGElement): void {
  const walker = document.createTreeWalker(svg, sharedWindow().NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentNode?.nodeName.toLowerCase() === "style") continue;
    node.nodeValue = typeset(node.nodeValue ?? "");
    nodes.push(node);
  }
  for (const node of nodes)
    if (node.parentNode?.nodeName.toLowerCase() !== "title") scriptRuns(document, node);
}

/** Plot's mark classes ("tick") carry the chart's prefix, like every class and id in the file. */
function prefixClasses(svg: SVGSVGElement, prefix: string): void {
  for (const node of svg.getElementsByTagName("*")) {
    if (!node.hasAttribute("class")) continue;
    const classes = (node.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
    node.setAttribute("class", classes.map((c) => (c.startsWith("rf-") ? c : `${prefix}-${c}`)).join(" "));
  }
}

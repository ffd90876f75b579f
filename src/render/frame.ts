/**
 * The publication frame around a plot, as one <svg>: title and desc for alt text, background,
 * wrapped headline and subtitle, an SVG legend (./legend.ts), the plot, notes, source line and
 * credit. Where everything goes is worked out in ./frameLayout.ts; sizes come from src/style/.
 */
import type { LegendItem } from "../chart.ts";
import {
  FONT_STACK,
  FRAME,
  FRAME_SPACE,
  LIGHT,
  SOURCE_LINES,
  WEIGHT,
  type Layout,
  type Line,
} from "../style/index.ts";
import { wrap, type Weight } from "../text/wrap.ts";
import { CANVAS, creditBeside, heads, plotWidth, socialPlotBox } from "./frameLayout.ts";
import { legend } from "./legend.ts";
import { roundPx, svgElement } from "./svgElement.ts";

export interface FrameContent {
  prefix: string;
  layout: Layout;
  headline: string;
  subtitle: string;
  alt: string;
  legend: LegendItem[];
  notes: string[];
  source: string;
  credit: string;
  /** The social card's subtitle lines: SOCIAL_CARD.subtitleLines, or one when its plot needs the room. */
  subtitleLines?: number;
  /** The <style> text: base rules, theme and (later) fonts. */
  css?: string;
}

/** What the frame's parts draw into. */
interface Canvas {
  document: Document;
  svg: SVGSVGElement;
  c: FrameContent;
}

/**
 * Draw the frame as one <svg>, top to bottom: head (headline, subtitle, legend), the plot, foot
 * (notes, source line, credit). The plot's own <svg> is unwrapped into a group so the file is one
 * drawing. On the social card the plot is scaled down if it is taller than its box, and the notes
 * are left out (the card links to the chart).
 */
export function frame(document: Document, plot: SVGSVGElement, c: FrameContent): SVGSVGElement {
  const canvas = CANVAS[c.layout];
  const { svg, background } = frameRoot(document, c);
  const on: Canvas = { document, svg, c };
  let y = head(on, FRAME[c.layout].pad);
  y = plotGroup(on, plot, y);
  y = foot(on, y);
  const total = canvas.height !== undefined ? canvas.height : Math.ceil(y);
  svg.setAttribute("height", String(total * canvas.scale));
  svg.setAttribute("viewBox", `0 0 ${canvas.width} ${total}`);
  background.setAttribute("height", String(total));
  return svg;
}

/** The <svg> with its title, desc, style and background (whose height is set when the frame is done). */
function frameRoot(document: Document, c: FrameContent): { svg: SVGSVGElement; background: SVGSVGElement } {
  const canvas = CANVAS[c.layout];
  const svg = svgElement(document, "svg", {
    width: canvas.width * canvas.scale,
    viewBox: "",
    role: "img",
    "aria-labelledby": `${c.prefix}-title ${c.prefix}-desc`,
    class: c.prefix,
    "font-family": FONT_STACK,
  });
  svg.append(svgElement(document, "title", { id: `${c.prefix}-title` }, c.headline));
  svg.append(svgElement(document, "desc", { id: `${c.prefix}-desc` }, c.alt));
  svg.append(svgElement(document, "style", {}, c.css ?? ""));
  const background = svgElement(document, "rect", {
    class: `${c.prefix}-background`,
    x: 0,
    y: 0,
    width: canvas.width,
    height: 0,
    fill: LIGHT.background,
  });
  svg.append(background);
  return { svg, background };
}

/** A block of lines from `y`, each on its baseline within its line height; returns the y under it. */
function textBlock(
  on: Canvas,
  y: number,
  name: string,
  lines: readonly string[],
  [size, lh]: Line,
  weight: Weight,
  fill: string,
): number {
  const { document, c } = on;
  const pad = FRAME[c.layout].pad;
  const g = svgElement(document, "g", {
    class: `${c.prefix}-${name}`,
    "font-size": size,
    fill,
    "font-weight": WEIGHT[weight],
  });
  lines.forEach((line, i) =>
    g.append(svgElement(document, "text", { x: pad, y: roundPx(y + size + i * lh - (lh - size) / 2) }, line)),
  );
  on.svg.append(g);
  return y + lines.length * lh;
}

/** Headline, subtitle and legend from `top`; returns where the plot starts. */
function head(on: Canvas, top: number): number {
  const { c } = on;
  const s = FRAME[c.layout];
  const h = heads(c);
  let y = textBlock(on, top, "headline", h.headline, s.headline, "bold", LIGHT.ink);
  y += FRAME_SPACE.underHeadline;
  y = textBlock(on, y, "subtitle", h.subtitle, s.subtitle, "regular", LIGHT.muted);
  if (c.legend.length > 0) {
    y += s.gap - FRAME_SPACE.legendPull;
    y = legend(on.document, on.svg, c, y);
  }
  return y + s.gap;
}

/**
 * The plot's marks moved into a group at `y` (scaled into its box on the social card); returns where the foot
 * starts.
 */
function plotGroup(on: Canvas, plot: SVGSVGElement, y: number): number {
  const { c } = on;
  const s = FRAME[c.layout];
  const height = Number(plot.getAttribute("height"));
  const box = c.layout === "social" ? socialPlotBox(c) : undefined;
  const k = box && height > box.height ? box.height / height : 1;
  const group = svgElement(on.document, "g", {
    class: `${c.prefix}-plot`,
    transform: `translate(${s.pad},${roundPx(y)})${k < 1 ? ` scale(${roundPx(k)})` : ""}`,
  });
  for (const name of ["fill", "font-size", "text-anchor"]) {
    const value = plot.getAttribute(name);
    if (value !== null) group.setAttribute(name, value);
  }
  for (const child of [...plot.childNodes]) {
    if (child.nodeName.toLowerCase() === "style") continue;
    group.append(child);
  }
  on.svg.append(group);
  return y + (box ? box.height : height) + s.gap;
}

/**
 * Notes (not on the social card; no one-word last line), source line (the web chart's on the social card) and credit; returns the frame's
 * bottom.
 */
function foot(on: Canvas, top: number): number {
  const { c } = on;
  const s = FRAME[c.layout];
  const inner = plotWidth(c.layout);
  const social = c.layout === "social";
  const notes = social ? [] : c.notes;
  let y = top;
  for (const note of notes)
    y = textBlock(
      on,
      y,
      "notes",
      wrap(note, inner, s.notes[0], "regular", { noWidow: true }),
      s.notes,
      "regular",
      LIGHT.muted,
    );
  y += notes.length ? FRAME_SPACE.afterNotes : 0;
  // The source line in full, on the social card too: it is the web chart's, which keeps to two lines there.
  const source = wrap(c.source, inner, s.notes[0]);
  if (social && source.length > SOURCE_LINES.social)
    throw new Error(
      `the source line takes ${source.length} lines on the social card, at most ${SOURCE_LINES.social}`,
    );
  y = textBlock(on, y, "source", source, s.notes, "regular", LIGHT.muted);
  // On the social card the credit shares the source's last line, at its right, when both fit.
  if (social && creditBeside(source, c.credit)) {
    const g = svgElement(on.document, "g", {
      class: `${c.prefix}-credit`,
      "font-size": s.notes[0],
      fill: LIGHT.muted,
      "font-weight": WEIGHT.regular,
      "text-anchor": "end",
    });
    const lh = s.notes[1];
    const baseline = roundPx(y - lh + s.notes[0] - (lh - s.notes[0]) / 2);
    g.append(svgElement(on.document, "text", { x: s.pad + inner, y: baseline }, c.credit));
    on.svg.append(g);
  } else y = textBlock(on, y, "credit", wrap(c.credit, inner, s.notes[0]), s.notes, "regular", LIGHT.muted);
  return y + (s.pad - FRAME_SPACE.footPull);
}

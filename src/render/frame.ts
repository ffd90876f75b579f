import { SIZES, type LegendItem } from "../chart.ts";
import { FONT_STACK, FRAME, LIGHT, WEIGHT, type Layout, type Line } from "../style/index.ts";
import { clampLines } from "../text/clamp.ts";
import { fitWidth, wrap, type Weight } from "../text/wrap.ts";

/** Canvas of each layout: width in px, and the social card's fixed height (drawn at half size, shown at 2×). */
const CANVAS: Record<Layout, { width: number; height?: number; scale: number }> = {
  web: { width: SIZES.web.width, scale: 1 },
  mobile: { width: SIZES.mobile.width, scale: 1 },
  social: { width: 600, height: 337.5, scale: 2 },
};

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
  /** The <style> text: base rules, theme and (later) fonts. */
  css?: string;
}

/** House limit on the source line: two lines at web size, four on phones, two on the social card. */
export const SOURCE_LINES: Record<Layout, number> = { web: 2, mobile: 4, social: 2 };

/** How many lines a source line takes in a layout. */
export function sourceLines(text: string, layout: Layout): number {
  return wrap(text, plotWidth(layout), FRAME[layout].notes[0], "regular").length;
}

/** The width the plot gets inside the frame's side margins. */
export function plotWidth(layout: Layout): number {
  return CANVAS[layout].width - 2 * FRAME[layout].pad;
}

/** Lines of the headline and subtitle: no widow in a headline; the social card keeps to three and two lines. */
function heads(c: Pick<FrameContent, "layout" | "headline" | "subtitle">) {
  const s = FRAME[c.layout];
  const inner = plotWidth(c.layout);
  const social = c.layout === "social";
  const headline = wrap(c.headline, inner, s.headline[0], "bold", { noWidow: true });
  const subtitle = wrap(c.subtitle, inner, s.subtitle[0], "regular");
  return {
    headline: social ? clampLines(headline, 3, inner, s.headline[0], "bold") : headline,
    subtitle: social ? clampLines(subtitle, 2, inner, s.subtitle[0]) : subtitle,
  };
}

/** Legend rows: each entry is a swatch and its label; rows wrap to the width. */
function legendRows(legend: readonly LegendItem[], layout: Layout) {
  const [size] = FRAME[layout].legend;
  const inner = plotWidth(layout);
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of legend) {
    const w = 20 + fitWidth(item.label, size) + 16;
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    placed.push({ item, x, row });
    x += w;
  }
  return { placed, rows: legend.length ? row + 1 : 0 };
}

/**
 * The box the plot gets on the social card, whose height is fixed: what is left between the
 * headline, subtitle and legend above and the source line and credit below.
 */
export function socialPlotBox(c: Pick<FrameContent, "headline" | "subtitle" | "legend" | "source">): {
  width: number;
  height: number;
} {
  const s = FRAME.social;
  const h = heads({ ...c, layout: "social" });
  let top = s.pad + h.headline.length * s.headline[1] + 4 + h.subtitle.length * s.subtitle[1];
  const legend = legendRows(c.legend, "social");
  if (legend.rows) top += s.gap - 4 + legend.rows * s.legend[1];
  top += s.gap;
  const footer = (Math.min(wrap(c.source, plotWidth("social"), s.notes[0]).length, 2) + 1) * s.notes[1];
  const height = (CANVAS.social.height ?? 0) - top - s.gap - footer - (s.pad - 6);
  return { width: plotWidth("social"), height: Math.max(60, Math.floor(height)) };
}

/**
 * Draw the frame as one <svg>: title and desc for alt text, background, wrapped headline and
 * subtitle, an SVG legend, the plot, notes, source line and credit. The plot's own <svg> is
 * unwrapped into a group so the file is one drawing. On the social card the plot is scaled down
 * if it is taller than its box, and the notes are left out (the card links to the chart).
 */
export function frame(document: Document, plot: SVGSVGElement, c: FrameContent): SVGSVGElement {
  const s = FRAME[c.layout];
  const canvas = CANVAS[c.layout];
  const inner = plotWidth(c.layout);
  const svg = el(document, "svg", {
    width: canvas.width * canvas.scale,
    viewBox: "",
    role: "img",
    "aria-labelledby": `${c.prefix}-title ${c.prefix}-desc`,
    class: c.prefix,
    "font-family": FONT_STACK,
  });
  svg.append(el(document, "title", { id: `${c.prefix}-title` }, c.headline));
  svg.append(el(document, "desc", { id: `${c.prefix}-desc` }, c.alt));
  svg.append(el(document, "style", {}, c.css ?? ""));
  const background = el(document, "rect", {
    class: `${c.prefix}-background`,
    x: 0,
    y: 0,
    width: canvas.width,
    height: 0,
    fill: LIGHT.background,
  });
  svg.append(background);

  let y: number = s.pad;
  const block = (name: string, lines: readonly string[], [size, lh]: Line, weight: Weight, fill: string) => {
    const g = el(document, "g", {
      class: `${c.prefix}-${name}`,
      "font-size": size,
      fill,
      "font-weight": WEIGHT[weight],
    });
    lines.forEach((line, i) =>
      g.append(el(document, "text", { x: s.pad, y: round(y + size + i * lh - (lh - size) / 2) }, line)),
    );
    svg.append(g);
    y += lines.length * lh;
  };
  const h = heads(c);
  block("headline", h.headline, s.headline, "bold", LIGHT.ink);
  y += 4;
  block("subtitle", h.subtitle, s.subtitle, "regular", LIGHT.muted);

  if (c.legend.length > 0) {
    y += s.gap - 4;
    y = legend(document, svg, c, y);
  }

  y += s.gap;
  const height = Number(plot.getAttribute("height"));
  const box = c.layout === "social" ? socialPlotBox(c) : undefined;
  const k = box && height > box.height ? box.height / height : 1;
  const group = el(document, "g", {
    class: `${c.prefix}-plot`,
    transform: `translate(${s.pad},${round(y)})${k < 1 ? ` scale(${round(k)})` : ""}`,
  });
  for (const name of ["fill", "font-size", "text-anchor"]) {
    const value = plot.getAttribute(name);
    if (value !== null) group.setAttribute(name, value);
  }
  for (const child of [...plot.childNodes]) {
    if (child.nodeName.toLowerCase() === "style") continue;
    group.append(child);
  }
  svg.append(group);
  y += (box ? box.height : height) + s.gap;

  const notes = c.layout === "social" ? [] : c.notes;
  for (const note of notes) block("notes", wrap(note, inner, s.notes[0]), s.notes, "regular", LIGHT.muted);
  y += notes.length ? 4 : 0;
  const source = wrap(c.source, inner, s.notes[0]);
  block(
    "source",
    c.layout === "social" ? clampLines(source, SOURCE_LINES.social, inner, s.notes[0]) : source,
    s.notes,
    "regular",
    LIGHT.muted,
  );
  block("credit", wrap(c.credit, inner, s.notes[0]), s.notes, "regular", LIGHT.muted);
  y += s.pad - 4;

  const total = canvas.height ?? Math.ceil(y);
  svg.setAttribute("height", String(total * canvas.scale));
  svg.setAttribute("viewBox", `0 0 ${canvas.width} ${total}`);
  background.setAttribute("height", String(total));
  return svg;
}

/** Legend entries laid out in rows that wrap to the width: a shape, then its label. */
function legend(document: Document, svg: SVGSVGElement, c: FrameContent, top: number): number {
  const s = FRAME[c.layout];
  const [size, lh] = s.legend;
  const g = el(document, "g", { class: `${c.prefix}-legend`, "font-size": size, fill: LIGHT.text });
  const { placed, rows } = legendRows(c.legend, c.layout);
  for (const { item, x, row } of placed) {
    const cy = top + row * lh + lh / 2;
    g.append(swatch(document, item, s.pad + x, cy));
    g.append(el(document, "text", { x: round(s.pad + x + 20), y: round(cy + size * 0.35) }, item.label));
  }
  svg.append(g);
  return top + rows * lh;
}

function swatch(document: Document, item: LegendItem, x: number, cy: number): Element {
  const line = (dash?: string) =>
    el(document, "line", {
      x1: x,
      x2: x + 14,
      y1: round(cy),
      y2: round(cy),
      stroke: item.color,
      "stroke-width": 2,
      ...(dash ? { "stroke-dasharray": dash } : {}),
    });
  switch (item.shape) {
    case "circle":
      return el(document, "circle", { cx: x + 6, cy: round(cy), r: 5, fill: item.color });
    case "ring":
      return el(document, "circle", {
        cx: x + 6,
        cy: round(cy),
        r: 4.5,
        fill: LIGHT.background,
        stroke: item.color,
        "stroke-width": 2,
      });
    case "line":
      return line();
    case "dashed":
      return line("4,3");
    case "band":
      return el(document, "rect", {
        x,
        y: round(cy - 5),
        width: 14,
        height: 10,
        fill: item.color,
        "fill-opacity": 0.35,
      });
    case "number": {
      const g = el(document, "g", {});
      g.append(el(document, "circle", { cx: x + 7, cy: round(cy), r: 7, fill: item.color }));
      g.append(
        el(
          document,
          "text",
          {
            x: x + 7,
            y: round(cy + 3.5),
            "text-anchor": "middle",
            "font-size": 10,
            "font-weight": WEIGHT.bold,
            fill: LIGHT.background,
          },
          "1",
        ),
      );
      return g;
    }
    default:
      return el(document, "rect", { x, y: round(cy - 6), width: 12, height: 12, fill: item.color });
  }
}

function el(
  document: Document,
  name: string,
  attrs: Record<string, string | number>,
  text?: string,
): SVGSVGElement {
  const node = document.createElementNS("http://www.w3.org/2000/svg", name) as SVGSVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

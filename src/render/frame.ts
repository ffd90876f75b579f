import { SIZES, type LegendItem, type Size } from "../chart.ts";
import { textWidth, wrap, type Weight } from "../text/wrap.ts";

export const FONT_STACK =
  "'Source Sans 3', 'Source Sans Pro', 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";

/** Type sizes, line heights, colours and spacing of the publication frame, per size. */
const STYLE = {
  web: { pad: 20, headline: [22, 27], subtitle: [15, 20], legend: [13, 18], notes: [12.5, 16], gap: 12 },
  mobile: { pad: 12, headline: [19, 23], subtitle: [14, 18], legend: [12.5, 17], notes: [12, 15], gap: 10 },
} as const;
const INK = { headline: "#121212", subtitle: "#4d4d4d", notes: "#595959", credit: "#767676" };

export interface FrameContent {
  prefix: string;
  size: Size;
  width: number;
  headline: string;
  subtitle: string;
  alt: string;
  legend: LegendItem[];
  notes: string[];
  source: string;
  credit: string;
}

/** House limit on the source line: two lines at web size, four on phones. */
export const SOURCE_LINES: Record<Size, number> = { web: 2, mobile: 4 };

/** How many lines a source line takes at a size. */
export function sourceLines(text: string, size: Size): number {
  return wrap(text, plotWidth(size, SIZES[size].width), STYLE[size].notes[0], "regular").length;
}

/** The width the plot gets inside the frame's side margins. */
export function plotWidth(size: Size, width: number): number {
  return width - 2 * STYLE[size].pad;
}

/**
 * Draw the frame as one <svg>: title and desc for alt text, background, wrapped
 * headline and subtitle, an SVG legend, the plot, notes, source line and credit.
 * The plot's own <svg> is unwrapped into a group so the file is one drawing.
 */
export function frame(document: Document, plot: SVGSVGElement, c: FrameContent): SVGSVGElement {
  const s = STYLE[c.size];
  const inner = c.width - 2 * s.pad;
  const svg = el(document, "svg", {
    width: c.width,
    viewBox: "",
    role: "img",
    "aria-labelledby": `${c.prefix}-title ${c.prefix}-desc`,
    class: c.prefix,
    "font-family": FONT_STACK,
  });
  svg.append(el(document, "title", { id: `${c.prefix}-title` }, c.headline));
  svg.append(el(document, "desc", { id: `${c.prefix}-desc` }, c.alt));
  svg.append(
    el(document, "style", {}, `.${c.prefix} text{white-space:pre;font-variant-numeric:tabular-nums}`),
  );
  const background = el(document, "rect", {
    class: `${c.prefix}-background`,
    x: 0,
    y: 0,
    width: c.width,
    height: 0,
    fill: "#ffffff",
  });
  svg.append(background);

  let y: number = s.pad;
  const block = (
    name: string,
    text: string,
    [size, lh]: readonly [number, number],
    weight: Weight,
    fill: string,
  ) => {
    const lines = wrap(text, inner, size, weight);
    const g = el(document, "g", {
      class: `${c.prefix}-${name}`,
      "font-size": size,
      fill,
      "font-weight": weight === "bold" ? 700 : weight === "semibold" ? 600 : 400,
    });
    lines.forEach((line, i) =>
      g.append(el(document, "text", { x: s.pad, y: round(y + size + i * lh - (lh - size) / 2) }, line)),
    );
    svg.append(g);
    y += lines.length * lh;
  };

  block("headline", c.headline, s.headline, "bold", INK.headline);
  y += 4;
  block("subtitle", c.subtitle, s.subtitle, "regular", INK.subtitle);

  if (c.legend.length > 0) {
    y += s.gap - 4;
    y = legend(document, svg, c, y, inner, s.pad, s.legend);
  }

  y += s.gap;
  const height = Number(plot.getAttribute("height"));
  const group = el(document, "g", {
    class: `${c.prefix}-plot`,
    transform: `translate(${s.pad},${round(y)})`,
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
  y += height + s.gap;

  for (const note of c.notes) block("notes", note, s.notes, "regular", INK.notes);
  y += c.notes.length ? 4 : 0;
  block("source", c.source, s.notes, "regular", INK.notes);
  block("credit", c.credit, s.notes, "regular", INK.credit);
  y += s.pad - 4;

  const total = Math.ceil(y);
  svg.setAttribute("height", String(total));
  svg.setAttribute("viewBox", `0 0 ${c.width} ${total}`);
  background.setAttribute("height", String(total));
  return svg;
}

/** Legend entries laid out in rows that wrap to the width: a shape, then its label. */
function legend(
  document: Document,
  svg: SVGSVGElement,
  c: FrameContent,
  top: number,
  inner: number,
  pad: number,
  [size, lh]: readonly [number, number],
): number {
  const g = el(document, "g", { class: `${c.prefix}-legend`, "font-size": size, fill: INK.headline });
  let x = 0;
  let row = 0;
  for (const item of c.legend) {
    const w = 18 + textWidth(item.label, size) * 1.12 + 16;
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    const cy = top + row * lh + lh / 2;
    g.append(swatch(document, item, pad + x, cy));
    g.append(el(document, "text", { x: round(pad + x + 18), y: round(cy + size * 0.35) }, item.label));
    x += w;
  }
  svg.append(g);
  return top + (row + 1) * lh;
}

function swatch(document: Document, item: LegendItem, x: number, cy: number): Element {
  switch (item.shape) {
    case "circle":
      return el(document, "circle", { cx: x + 6, cy: round(cy), r: 5, fill: item.color });
    case "ring":
      return el(document, "circle", {
        cx: x + 6,
        cy: round(cy),
        r: 4.5,
        fill: "#ffffff",
        stroke: item.color,
        "stroke-width": 2,
      });
    case "line":
      return el(document, "line", {
        x1: x,
        x2: x + 13,
        y1: round(cy),
        y2: round(cy),
        stroke: item.color,
        "stroke-width": 2.5,
      });
    case "dashed":
      return el(document, "line", {
        x1: x,
        x2: x + 13,
        y1: round(cy),
        y2: round(cy),
        stroke: item.color,
        "stroke-width": 2,
        "stroke-dasharray": "3,2",
      });
    case "band":
      return el(document, "rect", {
        x,
        y: round(cy - 6),
        width: 13,
        height: 12,
        fill: item.color,
        "fill-opacity": 0.35,
      });
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

/**
 * The frame's legend in SVG: entries in rows that wrap to the width (./frameLayout.ts), each a
 * swatch of the shape the chart draws and its label. Sizes come from LEGEND in src/style/frame.ts.
 */
import type { LegendItem } from "../chart.ts";
import { FRAME, LEGEND, LIGHT, RULE_DASH, WEIGHT, type Layout } from "../style/index.ts";
import { legendRows } from "./frameLayout.ts";
import { roundPx, svgElement } from "./svgElement.ts";

/** Legend entries laid out in rows from `top`: a shape, then its label. Returns the y under the last row. */
export function legend(
  document: Document,
  svg: SVGSVGElement,
  c: { prefix: string; layout: Layout; legend: readonly LegendItem[] },
  top: number,
): number {
  const s = FRAME[c.layout];
  const [size, lh] = s.legend;
  const g = svgElement(document, "g", { class: `${c.prefix}-legend`, "font-size": size, fill: LIGHT.text });
  const { placed, rows } = legendRows(c.legend, c.layout);
  for (const { item, x, row } of placed) {
    const cy = top + row * lh + lh / 2;
    g.append(swatch(document, item, s.pad + x, cy));
    g.append(
      svgElement(
        document,
        "text",
        { x: roundPx(s.pad + x + LEGEND.labelOffset), y: roundPx(cy + size * LEGEND.baseline) },
        item.label,
      ),
    );
  }
  svg.append(g);
  return top + rows * lh;
}

type Swatch = (document: Document, item: LegendItem, x: number, cy: number) => Element;

const { square, circle, ring, line, band, fade, number } = LEGEND.swatch;

function stroke(dash?: string): Swatch {
  return (document, item, x, cy) =>
    svgElement(document, "line", {
      x1: x,
      x2: x + line.length,
      y1: roundPx(cy),
      y2: roundPx(cy),
      stroke: item.color,
      "stroke-width": line.stroke,
      ...(dash ? { "stroke-dasharray": dash } : {}),
    });
}

function rect(width: number, height: number, paint: Record<string, number> = {}): Swatch {
  return (document, item, x, cy) =>
    svgElement(document, "rect", {
      x,
      y: roundPx(cy - height / 2),
      width,
      height,
      fill: item.color,
      ...paint,
    });
}

/** Each shape's swatch, from the entry's start `x`, centred on the row's middle `cy`. */
const SWATCHES: Record<LegendItem["shape"], Swatch> = {
  square: rect(square.size, square.size),
  circle: (document, item, x, cy) =>
    svgElement(document, "circle", { cx: x + circle.cx, cy: roundPx(cy), r: circle.r, fill: item.color }),
  ring: (document, item, x, cy) =>
    svgElement(document, "circle", {
      cx: x + ring.cx,
      cy: roundPx(cy),
      r: ring.r,
      fill: LIGHT.background,
      stroke: item.color,
      "stroke-width": ring.stroke,
    }),
  line: stroke(),
  dashed: stroke(RULE_DASH),
  band: rect(band.width, band.height),
  fade: (document, item, x, cy) => {
    const g = svgElement(document, "g", {});
    for (const [at, width] of fade.pieces)
      g.append(
        svgElement(document, "rect", {
          x: x + at,
          y: roundPx(cy - fade.height / 2),
          width,
          height: fade.height,
          fill: item.color,
        }),
      );
    return g;
  },
  number: (document, item, x, cy) => {
    const g = svgElement(document, "g", {});
    g.append(
      svgElement(document, "circle", { cx: x + number.r, cy: roundPx(cy), r: number.r, fill: item.color }),
    );
    const attrs = {
      x: x + number.r,
      y: roundPx(cy + number.r / 2),
      "text-anchor": "middle",
      "font-size": number.size,
      "font-weight": WEIGHT.bold,
      fill: LIGHT.background,
    };
    g.append(svgElement(document, "text", attrs, "1"));
    return g;
  },
};

function swatch(document: Document, item: LegendItem, x: number, cy: number): Element {
  return (SWATCHES[item.shape] ?? SWATCHES.square)(document, item, x, cy);
}

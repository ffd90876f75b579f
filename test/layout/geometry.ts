/**
 * The boxes of everything a rendered chart draws, read back from the SVG itself: each line of
 * text from its baseline, anchor, size and weight, measured in the widest font a reader may see
 * it in (src/text/wrap.ts), and each mark (rect, circle, line, path) from its geometry, through
 * the transforms of the groups around it. What the collision tests check.
 */
import { crosses, overlaps, ASCENT, DESCENT, type Box, type Segment } from "../../src/forms/place.ts";
import { fitWidth, type Weight } from "../../src/text/wrap.ts";
import { parseXml } from "../helpers.ts";

interface Frame {
  k: number;
  tx: number;
  ty: number;
}

export interface TextLine {
  text: string;
  box: Box;
  /** The <text> element it belongs to (lines of one element may touch). */
  element: number;
  /** Where it is, for messages: the classes of its groups. */
  where: string;
}

export interface Mark {
  kind: "rect" | "circle" | "segment";
  box: Box;
  segment?: Segment;
  where: string;
}

export interface Geometry {
  width: number;
  height: number;
  lines: TextLine[];
  marks: Mark[];
}

function inherited(el: Element, name: string): string | null {
  const holder = el.closest(`[${name}]`);
  return holder ? holder.getAttribute(name) : null;
}

function frameOf(el: Element): Frame {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
  let f: Frame = { k: 1, tx: 0, ty: 0 };
  for (const e of chain) {
    const t = e.getAttribute("transform");
    if (!t) continue;
    for (const [, op, args] of t.matchAll(/(translate|scale)\(([^)]*)\)/g)) {
      const [a = 0, b] = (args ?? "")
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (op === "translate") f = { ...f, tx: f.tx + f.k * a, ty: f.ty + f.k * (b ?? 0) };
      else f = { ...f, k: f.k * a };
    }
  }
  return f;
}

const apply = (f: Frame, b: Box): Box => ({
  x: f.tx + f.k * b.x,
  y: f.ty + f.k * b.y,
  w: f.k * b.w,
  h: f.k * b.h,
});
const em = (v: string | null, size: number) =>
  v === null ? 0 : v.endsWith("em") ? parseFloat(v) * size : parseFloat(v) || 0;

function where(el: Element): string {
  const classes: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = e.getAttribute("class");
    if (c) classes.push(c.split(" ")[0] ?? "");
  }
  return classes.reverse().slice(1).join(" > ") || el.tagName;
}

export function geometry(svg: string): Geometry {
  const root = parseXml(svg).documentElement;
  const [, , width = 0, height = 0] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
  const lines: TextLine[] = [];
  const marks: Mark[] = [];
  let element = 0;
  for (const text of root.querySelectorAll("text")) {
    element++;
    const size = Number(inherited(text, "font-size") ?? 16);
    const w = Number(inherited(text, "font-weight") ?? 400);
    const weight: Weight = w >= 700 ? "bold" : w >= 600 ? "semibold" : "regular";
    const anchor = inherited(text, "text-anchor") ?? "start";
    const f = frameOf(text);
    const x0 = Number(text.getAttribute("x") ?? 0);
    let baseline = em(text.getAttribute("y"), size);
    const parts = text.querySelectorAll(":scope > tspan").length
      ? [...text.querySelectorAll(":scope > tspan")].map((t) => {
          if (t.hasAttribute("y")) baseline = em(t.getAttribute("y"), size);
          else baseline += em(t.getAttribute("dy"), size);
          return { text: t.textContent ?? "", baseline };
        })
      : [{ text: text.textContent ?? "", baseline }];
    for (const p of parts) {
      if (!p.text.trim()) continue;
      const lw = fitWidth(p.text, size, weight);
      const x = anchor === "end" ? x0 - lw : anchor === "middle" ? x0 - lw / 2 : x0;
      const box = apply(f, { x, y: p.baseline - ASCENT * size, w: lw, h: (ASCENT + DESCENT) * size });
      lines.push({ text: p.text, box, element, where: where(text) });
    }
  }
  for (const el of root.querySelectorAll("rect, circle, line, path")) {
    const cls = el.getAttribute("class") ?? "";
    if (cls.endsWith("-background")) continue;
    const f = frameOf(el);
    const stroke = el.getAttribute("stroke") && el.getAttribute("stroke") !== "none";
    const sw = stroke ? Number(inherited(el, "stroke-width") ?? 1) : 0;
    const n = (a: string) => Number(el.getAttribute(a) ?? 0);
    if (el.tagName === "rect") {
      marks.push({
        kind: "rect",
        box: apply(f, { x: n("x"), y: n("y"), w: n("width"), h: n("height") }),
        where: where(el),
      });
    } else if (el.tagName === "circle") {
      const r = n("r") + sw / 2;
      marks.push({
        kind: "circle",
        box: apply(f, { x: n("cx") - r, y: n("cy") - r, w: 2 * r, h: 2 * r }),
        where: where(el),
      });
    } else {
      const points =
        el.tagName === "line"
          ? [
              [n("x1"), n("y1")],
              [n("x2"), n("y2")],
            ]
          : [...(el.getAttribute("d") ?? "").matchAll(/[ML]\s*([-\d.e]+)[ ,]([-\d.e]+)/g)].map((m) => [
              Number(m[1]),
              Number(m[2]),
            ]);
      for (let i = 1; i < points.length; i++) {
        const [x1 = 0, y1 = 0] = points[i - 1] ?? [];
        const [x2 = 0, y2 = 0] = points[i] ?? [];
        const a = apply(f, { x: x1, y: y1, w: 0, h: 0 });
        const b = apply(f, { x: x2, y: y2, w: 0, h: 0 });
        const segment = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
        const box = {
          x: Math.min(a.x, b.x),
          y: Math.min(a.y, b.y),
          w: Math.abs(b.x - a.x),
          h: Math.abs(b.y - a.y),
        };
        marks.push({ kind: "segment", box, segment, where: where(el) });
      }
    }
  }
  return { width, height, lines, marks };
}

const within = (a: Box, b: Box, tol = 0.5) =>
  a.x >= b.x - tol && a.y >= b.y - tol && a.x + a.w <= b.x + b.w + tol && a.y + a.h <= b.y + b.h + tol;

const shrink = (b: Box, d: number): Box => ({ x: b.x + d, y: b.y + d, w: b.w - 2 * d, h: b.h - 2 * d });

/**
 * What a reader would see as a fault: text outside the drawing, text over text, text over a
 * rule or a mark it does not belong to (a label belongs to the bar or marker it sits inside).
 */
export function collisions(g: Geometry): string[] {
  const out: string[] = [];
  const name = (l: TextLine) => `"${l.text}" (${l.where})`;
  for (const l of g.lines) {
    if (!within(l.box, { x: 0, y: 0, w: g.width, h: g.height }, 0.01))
      out.push(
        `${name(l)} runs outside the ${g.width} × ${g.height} drawing: x ${l.box.x.toFixed(1)} to ${(l.box.x + l.box.w).toFixed(1)}, y ${l.box.y.toFixed(1)} to ${(l.box.y + l.box.h).toFixed(1)}`,
      );
  }
  for (let i = 0; i < g.lines.length; i++) {
    for (let j = i + 1; j < g.lines.length; j++) {
      const a = g.lines[i];
      const b = g.lines[j];
      if (!a || !b || a.element === b.element) continue;
      if (overlaps(shrink(a.box, 0.5), shrink(b.box, 0.5))) out.push(`${name(a)} overlaps ${name(b)}`);
    }
  }
  for (const l of g.lines) {
    for (const m of g.marks) {
      if (m.kind === "segment" && m.segment) {
        if (crosses(m.segment, shrink(l.box, 1))) out.push(`${name(l)} is crossed by a line (${m.where})`);
      } else if (overlaps(shrink(l.box, 0.5), m.box) && !within(l.box, m.box)) {
        out.push(`${name(l)} overlaps a ${m.kind} (${m.where})`);
      }
    }
  }
  return out;
}

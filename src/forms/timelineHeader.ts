/**
 * The header of a timeline, pure: above the lanes, the labels of periods known only to the year or
 * month (each over its bracket) and then of dated rules (beside the rule's day), each placed from
 * its measured box and moved down until it overlaps no label placed before it.
 */
import { wrap } from "../text/wrap.ts";
import type { PlotType, TimelineStyle } from "../style/index.ts";
import { overlaps, textBox, type Box } from "./place.ts";
import { withoutCredit, type BracketMark } from "./timelineCompact.ts";

/** A dated rule across the lanes (the ceasefire), labelled in the header. */
export interface TimelineRule {
  date: Date;
  label: string;
}

/**
 * A period known only to its year or month, drawn as a bracket over that year or month; or a moment
 * (`moment`: a signing, a seizure) known only to them, marked with a tick at the gridline where the
 * axis names its year or month and no line over it: a line over the month would read as lasting
 * through it, or as coming after a dated event inside it, which no row says.
 */
export interface TimelineBracket {
  date: Date;
  precision: "year" | "month";
  label: string;
  moment?: boolean;
}

/** A text the timeline places itself, at the top of its first line. */
export interface PlacedText {
  x: number;
  y: number;
  /** Lines joined by "\n". */
  text: string;
  anchor: "start" | "end";
  size: number;
  weight: "regular" | "semibold";
  /** Line height in px. */
  lh: number;
}

export interface HeaderContext {
  /** The time scale: x of a date or a time in ms. */
  x: (d: Date | number) => number;
  width: number;
  type: PlotType;
  /** The lanes' line height. */
  lh: number;
  teaser: boolean;
  style: TimelineStyle;
}

export interface Header {
  labels: PlacedText[];
  /**
   * Each bracket's line, under its label, from its period's start to its end; on the card, a marked
   * bracket's line is cut where its marker sits.
   */
  brackets: { x1: number; x2: number; y: number; cut?: { x1: number; x2: number } }[];
  /** The card's brackets marked with a number instead of labelled (./timelineCard.ts). */
  marks: BracketMark[];
  /** Each rule's label box, in the rules' order: its rule starts at its top. */
  ruleBoxes: Box[];
  /** The boxes of the brackets and their labels: rules stop short of them. */
  bracketBoxes: Box[];
  /** Where the first lane starts. */
  bottom: number;
}

export function headerLayout(
  brackets: readonly TimelineBracket[],
  rules: readonly TimelineRule[],
  c: HeaderContext,
): Header {
  const taken: Box[] = [];
  const labels: PlacedText[] = [];
  const place = (label: Omit<PlacedText, "y" | "text">, top: number, lines: string[]): Box => {
    const { placed, box } = stackLabel(label, top, lines, taken, c.style);
    labels.push(placed);
    taken.push(box);
    return box;
  };
  const lines: Header["brackets"] = [];
  // On the card, a bracket whose label would take more than a line is a numbered marker on its line.
  const long = (b: TimelineBracket) => c.teaser && bracketLabel(b, c).lines.length > 1;
  const marked = cardBrackets(brackets.filter(long), c, lines, taken);
  let y = marked.bottom;
  for (const b of brackets.filter((b) => !long(b))) {
    const { x1, x2, ...label } = bracketLabel(b, c);
    const box = place(
      { ...label, size: c.type.tick, weight: "regular", lh: c.lh - c.style.bracket.leadingCut },
      y,
      label.lines,
    );
    const by = box.y + box.h + c.style.bracket.gap;
    lines.push({ x1, x2, y: by });
    const { clearance, tick } = c.style.bracket;
    taken.push({ x: x1, y: by - clearance, w: x2 - x1, h: tick + 2 * clearance });
    y = by + c.style.bracket.after;
  }
  const bracketBoxes = [...taken];
  const ruleTop = y;
  const ruleBoxes = rules.map((r) => {
    const box = place(ruleLabel(r, c), ruleTop, ruleLines(r, c));
    y = Math.max(y, box.y + box.h);
    return box;
  });
  return {
    labels,
    brackets: lines,
    marks: marked.marks,
    ruleBoxes,
    bracketBoxes,
    // On the card, no header at all (no brackets, no rules) leaves no space above the first lane.
    bottom: y > 0 || !c.teaser ? y + c.style.header.after : 0,
  };
}

/**
 * The card's marked brackets from the header's top: each its line (or a moment's tick) with a
 * numbered marker at its middle, in the first row its span leaves free; adds the lines, and the
 * rows' boxes to `taken`. Returns the markers (numbered later, with the events) and the rows' bottom.
 */
function cardBrackets(
  brackets: readonly TimelineBracket[],
  c: HeaderContext,
  lines: Header["brackets"],
  taken: Box[],
): { marks: BracketMark[]; bottom: number } {
  const { r, gap } = c.style.marker;
  const step = 2 * r + gap;
  const rows: { x1: number; x2: number }[][] = [];
  const marks = brackets.map((b) => {
    const { x1, x2 } = bracketLabel(b, c);
    const x = Math.min(Math.max((x1 + x2) / 2, r), c.width - r);
    const span = { x1: Math.min(x1, x - r), x2: Math.max(x2, x + r) };
    let row = rows.findIndex((spans) => spans.every((o) => o.x2 < span.x1 || span.x2 < o.x1));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]?.push(span);
    const y = r + row * step;
    // The line stops either side of the marker, so it never crosses its number.
    lines.push({ x1, x2, y, cut: { x1: x - r, x2: x + r } });
    taken.push({ x: span.x1, y: y - r, w: span.x2 - span.x1, h: Math.max(2 * r, r + c.style.bracket.tick) });
    return { date: b.date, text: withoutCredit(b.label), x, y };
  });
  return { marks, bottom: rows.length ? rows.length * step + c.style.bracket.after : 0 };
}

/** A label at `top`, moved down in steps until its box overlaps none of `taken`: its place and its box. */
export function stackLabel(
  label: Omit<PlacedText, "y" | "text">,
  top: number,
  lines: readonly string[],
  taken: readonly Box[],
  style: TimelineStyle,
): { placed: PlacedText; box: Box } {
  const box = (y: number) =>
    textBox({
      x: label.x,
      y,
      lines,
      size: label.size,
      weight: label.weight,
      anchor: label.anchor,
      lineAnchor: "top",
      lineHeight: label.lh / label.size,
    });
  let at = top;
  while (taken.some((b) => overlaps(box(at), b, style.header.clearance))) at += style.header.step;
  return { placed: { ...label, y: at, text: lines.join("\n") }, box: box(at) };
}

/**
 * A bracket's span on the axis (its year or month, cut to the plot; none for a moment), and its label: from the
 * bracket's start rightwards, or ending at its end when it starts in the right half; wrapped to
 * the room it has, at least half the width.
 */
export function bracketLabel(
  b: TimelineBracket,
  c: HeaderContext,
): { x1: number; x2: number; x: number; anchor: "start" | "end"; lines: string[] } {
  const year = b.date.getUTCFullYear();
  const end = b.moment
    ? +b.date
    : b.precision === "year"
      ? Date.UTC(year + 1, 0, 1)
      : Date.UTC(year, b.date.getUTCMonth() + 1, 1);
  const x1 = Math.max(0, c.x(+b.date));
  const x2 = Math.min(c.width, c.x(end));
  const half = c.width / 2;
  const anchor = x1 > half ? "end" : "start";
  const room = anchor === "start" ? c.width - x1 : x2;
  const width = Math.max(room, half);
  const wrapped = wrap(b.label, width, c.type.tick);
  // Never cut, on the card either: a label's credit is part of it.
  const lines = wrapped;
  const x = anchor === "start" ? (room >= half ? x1 : half) : Math.max(x2, half);
  return { x1, x2, x, anchor, lines };
}

/** Which side of its rule a rule's label goes: right of it unless the rule is far right. */
function ruleSide(r: TimelineRule, c: HeaderContext): { rx: number; right: boolean } {
  const rx = c.x(r.date);
  return { rx, right: rx < c.width * c.style.rule.rightOfShare };
}

/** A rule's label beside its rule, in semibold. */
export function ruleLabel(r: TimelineRule, c: HeaderContext): Omit<PlacedText, "y" | "text"> {
  const { rx, right } = ruleSide(r, c);
  const gap = c.style.rule.labelGap;
  return {
    x: right ? rx + gap : rx - gap,
    anchor: right ? "start" : "end",
    size: c.type.value,
    weight: "semibold",
    lh: c.lh,
  };
}

/** A rule's label wrapped to the room on its side, and never narrower than the style's least width. */
export function ruleLines(r: TimelineRule, c: HeaderContext): string[] {
  const { rx, right } = ruleSide(r, c);
  const room = right ? c.width - rx - c.style.rule.roomGap : rx - c.style.rule.roomGap;
  return wrap(r.label, Math.max(room, c.style.rule.minWidth), c.type.value, "semibold");
}

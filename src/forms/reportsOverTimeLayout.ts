/**
 * The layout of reported figures over time, pure (no Plot, no DOM): the time and value scales,
 * each report's point (spread sideways where points would overlap), which points get a label
 * and where (labels placed in priority order without collisions, a leader line when placed away
 * from the point), gridlines cut short of labels, and the note for points left unlabelled.
 * Sizes come from REPORTS_OVER_TIME and the plot's type scale (src/style/).
 */
import { extent, max } from "d3-array";
import type { LaidOut, LayoutContext } from "../chart.ts";
import { DAY } from "../format/date.ts";
import {
  AXIS,
  formatIn,
  formStyle,
  REPORTS_OVER_TIME,
  type NumberStyle,
  type PlotType,
  type ReportsOverTimeStyle,
} from "../style/index.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { fitWidth } from "../text/wrap.ts";
import { dodge } from "./dodge.ts";
import { prioritise } from "./prioritise.ts";
import {
  knockout,
  leaderOf,
  placeLabels,
  textBox,
  type Box,
  type LabelRequest,
  type Segment,
} from "./place.ts";
import { valueTicks, type AxisLabels } from "./ticks.ts";
import { dayMiddle, timeTicks } from "./timeTicks.ts";

export interface TimePoint {
  date: Date;
  value: number;
  /** Key into the series styles: "killed", "injured". */
  series: string;
  /** The figure as worded, short: "more than 71,700". */
  label: string;
  /** Who gave it: "Gaza health ministry via AFP". */
  who: string;
}

/** A point at its place in px. */
export interface LaidPoint extends TimePoint {
  px: number;
  py: number;
}

/**
 * A point's label: its figure line's top-left (or top-middle, top-right, by anchor) at tx, ty, its box, and
 * whether it needs a leader.
 */
export interface PointLabel extends LaidPoint {
  tx: number;
  ty: number;
  anchor: "start" | "middle" | "end";
  box: Box;
  leader: boolean;
}

/** The value axis: ticks from 0, written in the chart's number style to the left of the plot. */
export interface ValueAxis {
  ticks: number[];
  /** The end of the axis (its top tick). */
  end: number;
  format: (v: number) => string;
  /** The plot's left edge: the widest tick label and the gap after it. */
  left: number;
}

export interface ReportsOverTimeLayout extends LaidOut {
  /** The scales, in px: x of a date, y of a value. */
  x: (d: Date) => number;
  y: (v: number) => number;
  values: ValueAxis;
  /** The time axis's tick labels under the baseline. */
  time: AxisLabels<Date>;
  points: LaidPoint[];
  labels: PointLabel[];
  leaders: Segment[];
  grid: Segment[];
  baseline: Segment[];
  notes: string[];
  style: ReportsOverTimeStyle;
  type: PlotType;
}

export function reportsOverTimeLayout(
  points: readonly TimePoint[],
  options: { numberStyle: NumberStyle },
  ctx: LayoutContext,
): ReportsOverTimeLayout {
  const { style, type } = formStyle(REPORTS_OVER_TIME, ctx.mobile);
  const height = ctx.height ?? style.height;
  const { from, to } = timeDomain(points, style);
  // Fewer value ticks on phones and on the short plot of the social card.
  const values = valueAxis(
    points,
    options.numberStyle,
    ctx.mobile || height < style.shortHeight,
    style,
    type,
  );
  const { r, inset } = style.point;
  const { left } = values;
  const x = (d: Date) =>
    left +
    r +
    inset.start +
    ((+d - +from) / (+to - +from)) * (ctx.width - left - 2 * r - (inset.start + inset.end));
  const bottom = height - AXIS.room;
  const y = (v: number) => bottom - (v / values.end) * (bottom - style.top);
  // A report sits at the middle of its day (the day model of ./timeTicks.ts).
  const laid = dodge(
    points.map((p) => ({ ...p, px: x(dayMiddle(p.date)), py: y(p.value) })),
    2 * r + style.dodgeGap,
  );
  const labels = pointLabels(laid, { width: ctx.width, y, values, style, type });
  const texts = labels.map((l) => l.box);
  const rule = (v: number) => knockout({ x1: left, x2: ctx.width, y1: y(v), y2: y(v) }, texts);
  const unlabelled = laid.length - labels.length;
  // Given a height, the plot is the social card's: it labels every point the web chart labels, and
  // fails rather than drop one.
  if (unlabelled && ctx.height !== undefined)
    throw new Error(
      `reportsOverTime: no room on the social card for ${countWords(unlabelled, "exact", noun("label"))}: ${unplaced(laid, labels)}`,
    );
  const time = timeTicks(from, to, ctx.width - left, type.tick);
  return {
    width: ctx.width,
    height,
    x,
    y,
    values,
    time: {
      ticks: time.ticks,
      format: time.format,
      x: (d: Date) => x(new Date(+d + time.labelShift)),
      y: bottom + AXIS.labelOffset,
      size: type.tick,
      width: ctx.width,
    },
    points: laid,
    labels,
    leaders: leaderLines(labels, r + style.leader.start),
    grid: values.ticks.filter((t) => t !== 0).flatMap(rule),
    baseline: rule(0),
    notes: unlabelled ? [unlabelledNote(unlabelled)] : [],
    style,
    type,
  };
}

/**
 * The reports' days, from the first day's start to the last day's end (the day model of
 * ./timeTicks.ts), trimmed to the data (the point's radius and the style's inset keep the end
 * points off the edges), padded by the style's share of the span, and widened evenly to at least
 * the style's span.
 */
export function timeDomain(
  points: readonly TimePoint[],
  style: ReportsOverTimeStyle,
): { from: Date; to: Date } {
  const [lo, hi] = extent(points, (p) => +dayMiddle(p.date));
  if (lo === undefined || hi === undefined) throw new Error("reportsOverTime: no points");
  const from = lo - DAY / 2;
  const to = hi + DAY / 2;
  const pad = (to - from) * style.domainPad + Math.max(0, style.minSpanDays * DAY - (to - from)) / 2;
  return { from: new Date(from - pad), to: new Date(to + pad) };
}

/** The points left without a label, as their figure and who gave it, for the social card's error. */
function unplaced(laid: readonly LaidPoint[], labels: readonly PointLabel[]): string {
  return laid
    .filter((p) => !labels.some((l) => l.date === p.date && l.value === p.value && l.series === p.series))
    .map((p) => `${p.label} (${p.who})`)
    .join("; ");
}

/**
 * Value ticks from 0 past the largest figure with some headroom, and the plot's left edge after their labels.
 */
export function valueAxis(
  points: readonly TimePoint[],
  numberStyle: NumberStyle,
  fewer: boolean,
  style: ReportsOverTimeStyle,
  type: PlotType,
): ValueAxis {
  const format = (v: number) => formatIn(numberStyle, v);
  const ticks = valueTicks((max(points, (p) => p.value) ?? 0) * style.valueHeadroom || 1, fewer);
  const widest = Math.max(...ticks.map((t) => fitWidth(format(t), type.tick)));
  return { ticks, end: ticks[ticks.length - 1] ?? 1, format, left: Math.ceil(widest) + style.tickGap };
}

interface LabelContext {
  width: number;
  y: (v: number) => number;
  values: ValueAxis;
  style: ReportsOverTimeStyle;
  type: PlotType;
}

/**
 * The box of a label's two lines (the figure in semibold, who gave it under it) with its text
 * anchored at (tx, ty), and `dy`, where the ink's top is from ty (a little above it: accents).
 */
export function labelBox(
  p: TimePoint,
  c: Pick<LabelContext, "style" | "type">,
  tx = 0,
  ty = 0,
  anchor: "start" | "middle" | "end" = "start",
): Box & { dy: number } {
  const figureSize = c.type.value;
  const a = textBox({
    x: tx,
    y: ty,
    lines: [p.label],
    size: figureSize,
    weight: "semibold",
    anchor,
    lineAnchor: "top",
  });
  const b = textBox({
    x: tx,
    y: ty + figureSize + c.style.label.lineGap,
    lines: [p.who],
    size: c.type.tick,
    anchor,
    lineAnchor: "top",
  });
  const x0 = Math.min(a.x, b.x);
  return { x: x0, y: a.y, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: b.y + b.h - a.y, dy: a.y - ty };
}

/**
 * Labels in priority order (prioritise), each at the first free place around its point (place.ts),
 * clear of every point and value tick label and above the baseline; a point with no free place
 * is left unlabelled.
 */
export function pointLabels(laid: readonly LaidPoint[], c: LabelContext): PointLabel[] {
  const { r } = c.style.point;
  const order = prioritise(laid);
  const requests: LabelRequest[] = order.map((p) => {
    const b = labelBox(p, c);
    return { x: p.px, y: p.py, w: b.w, h: b.h, gap: r + c.style.label.gap };
  });
  const tickBoxes: Box[] = c.values.ticks.map((t) =>
    textBox({
      x: c.values.left - c.style.tickGap,
      y: c.y(t),
      lines: [c.values.format(t)],
      size: c.type.tick,
      anchor: "end",
    }),
  );
  const clear = c.style.pointClearance;
  const markBoxes: Box[] = laid.map((p) => ({
    x: p.px - r - clear,
    y: p.py - r - clear,
    w: 2 * r + 2 * clear,
    h: 2 * r + 2 * clear,
  }));
  const bounds = { x: 0, y: 0, w: c.width, h: c.y(0) - c.style.baselineClearance };
  const placed = placeLabels(requests, [...markBoxes, ...tickBoxes], bounds);
  return order.flatMap((p, i) => {
    const at = placed[i];
    if (!at) return [];
    const { box, anchor } = at;
    const tx = anchor === "start" ? box.x : anchor === "end" ? box.x + box.w : box.x + box.w / 2;
    // The box is the ink; the text's own top sits that far above it.
    const ty = box.y - labelBox(p, c, tx, 0, anchor).dy;
    return [{ ...p, tx, ty, anchor, box, leader: at.leader }];
  });
}

/**
 * A label placed away from its point is tied to it by a thin line to the label's nearest edge, from `start`
 * px off the point's centre.
 */
export function leaderLines(labels: readonly PointLabel[], start: number): Segment[] {
  return labels
    .filter((l) => l.leader)
    .map((l) => {
      const s = leaderOf({ x: l.px, y: l.py }, l.box);
      const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
      return {
        ...s,
        x1: s.x1 + ((s.x2 - s.x1) / len) * start,
        y1: s.y1 + ((s.y2 - s.y1) / len) * start,
      };
    });
}

/** "Three points are unlabelled for lack of space; …". */
export function unlabelledNote(n: number): string {
  return `${capitalise(countWords(n, "exact", noun("point")))} ${n === 1 ? "is" : "are"} unlabelled for lack of space; every figure is in the chart's description.`;
}

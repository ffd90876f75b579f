/**
 * The layout of reported figures over time, pure (no Plot, no DOM): the time and value scales,
 * each report's point (spread sideways where points would overlap), which points get a label
 * and where (labels placed in priority order without collisions, a leader line when placed away
 * from the point), gridlines cut short of labels, and the note for points left unlabelled.
 * Sizes come from REPORTS_OVER_TIME and the plot's type scale (src/style/).
 */
import { extent, max } from "d3-array";
import { NoRoom, SIZES, type LaidOut, type LayoutContext } from "../chart.ts";
import { DAY } from "../format/date.ts";
import {
  AXIS,
  FRAME,
  formatIn,
  formStyle,
  REPORTS_OVER_TIME,
  type NumberStyle,
  type PlotType,
  type ReportsOverTimeStyle,
} from "../style/index.ts";
import { countWords, noun } from "../text/words.ts";
import { fitWidth } from "../text/wrap.ts";
import { dodge } from "./dodge.ts";
import { labelKey, leaderLines, pointLabels, unlabelledNote, unplaced } from "./reportsOverTimeLabels.ts";
import { knockout, type Segment } from "./place.ts";
import type { LaidPoint, PointLabel, TimePoint, ValueAxis } from "./reportsOverTimePoints.ts";
import { valueTicks, type AxisLabels } from "./ticks.ts";
import { dayMiddle, timeTicks } from "./timeTicks.ts";

export type { LaidPoint, PointLabel, TimePoint, ValueAxis } from "./reportsOverTimePoints.ts";

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

/** The web chart's plot, which the social card is held to. */
const WEB_PLOT = { width: SIZES.web.width - 2 * FRAME.web.pad, size: "web", mobile: false } as const;

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
  // The social card (given a height) places first the labels the web chart places.
  const web =
    ctx.height !== undefined ? new Set(reportsOverTimeLayout(points, options, WEB_PLOT).labelled) : undefined;
  const labels = pointLabels(laid, { width: ctx.width, y, values, style, type, first: web });
  const texts = labels.map((l) => l.box);
  const rule = (v: number) =>
    knockout({ x1: left, x2: ctx.width, y1: y(v), y2: y(v) }, texts, undefined, AXIS.minPiece);
  const unlabelled = laid.length - labels.length;
  // Given a height, the plot is the social card's: it labels every point the web chart labels, and
  // fails rather than drop one. Only when the web chart itself is too crowded to label every point
  // (and says so in a note) may the card leave labels out, with the same note.
  const missing = laid.filter(
    (p) => web?.has(labelKey(p)) && !labels.some((l) => labelKey(l) === labelKey(p)),
  );
  if (missing.length && web?.size === laid.length && !ctx.crowded)
    throw new NoRoom(
      `no room on the social card for ${countWords(missing.length, "exact", noun("label"))}: ${unplaced(missing, [])}`,
    );
  // Labelled every few days, the axis labels the reports' own days (./timeTicks.ts).
  const days = points.map((p) => p.date);
  const time = timeTicks(from, to, ctx.width - left, type.tick, days);
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
    labelled: labels.map(labelKey),
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

export { labelBox, labelKey, leaderLines, pointLabels, unlabelledNote } from "./reportsOverTimeLabels.ts";

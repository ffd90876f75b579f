/**
 * The lanes of a timeline, pure: one per crossing (or per report), each a title, a bar for each
 * closed interval (paler where its start is known only to the month or not dated, a ring at the
 * end of one still in force), and its events as numbered markers in rows under the bar at their
 * day; then a row for events at no lane's crossing. Legend entries for the pale part and the ring.
 */
import type { LegendItem } from "../chart.ts";
import { DAY } from "../format/date.ts";
import { COLORS, crossingColor, paleOf, type PlotType, type TimelineStyle } from "../style/index.ts";
import { wrap } from "../text/wrap.ts";
import type { EventMark } from "./timelineEvents.ts";
import { barStart } from "./timeTicks.ts";
import { markerRow } from "./timelineCompact.ts";
import type { PlacedText } from "./timelineHeader.ts";

export interface TimelineInterval {
  from: Date;
  /** The last day the bar covers (the end, or the latest report while still closed). */
  to: Date;
  /** The start is known only to the month, or not reported: the whole bar is drawn lighter... */
  fuzzy?: "month" | "unknown" | false;
  /** ...or the part before the first day-precise start is drawn lighter. */
  fuzzyUntil?: Date | undefined;
  /** Still closed at the latest report. */
  open?: boolean;
  /**
   * Spans a report contradicts (it has the crossing open or operating then, inside the closure
   * other reports give): drawn pale, as the less sure part of the bar, never as solid closure.
   */
  contested?: readonly { from: Date; to: Date }[];
}

export interface TimelineLane {
  title: string;
  /** Key for the lane's colour and its events. */
  crossing: string;
  intervals: TimelineInterval[];
}

/** A numbered event marker at its place: the centre of its circle. */
export interface Marker extends EventMark {
  x: number;
  y: number;
}

/** A closed interval's bar (or its paler part, a solid tint), from its top. */
export interface LaneBar {
  x1: number;
  x2: number;
  y: number;
  fill: string;
}

export interface LanesContext {
  /** The time scale: x of a date or a time in ms. */
  x: (d: Date | number) => number;
  width: number;
  /** The marker's radius: numbered, or the teaser's plain dot. */
  r: number;
  type: PlotType;
  lh: number;
  teaser: boolean;
  style: TimelineStyle;
}

export interface Lanes {
  titles: PlacedText[];
  bars: LaneBar[];
  /** Rings at the end of a closure still in force, at the bar's middle. */
  ends: { x: number; y: number; fill: string }[];
  markers: Marker[];
  legend: LegendItem[];
  /** Where the axis goes, under the last lane (and the row of events at no lane). */
  bottom: number;
}

export function lanesLayout(
  lanes: readonly TimelineLane[],
  events: readonly EventMark[],
  top: number,
  c: LanesContext,
): Lanes {
  const out: Lanes = { titles: [], bars: [], ends: [], markers: [], legend: [], bottom: top };
  const lane = c.style.lane;
  let y = top;
  for (const l of lanes) {
    const lines = laneTitle(l.title, c);
    out.titles.push({
      x: 0,
      y,
      text: lines.join("\n"),
      anchor: "start",
      size: c.type.label,
      weight: "semibold",
      lh: c.lh,
    });
    y += lines.length * c.lh + lane.underTitle;
    for (const iv of l.intervals) intervalBars(iv, y, crossingColor(l.crossing), lanes, c, out);
    y += lane.barHeight + lane.underBar;
    const mine = events.filter((m) => m.crossing === l.crossing && !out.markers.some((k) => k.n === m.n));
    y += stackMarkers(mine, y, c, out.markers) + lane.afterMarkers;
  }
  // Events at no lane's crossing (a period chart's list) get a row of their own under the lanes.
  const loose = events.filter((m) => !out.markers.some((k) => k.n === m.n));
  if (loose.length) y += stackMarkers(loose, y, c, out.markers) + lane.afterLoose;
  return { ...out, bottom: y };
}

/**
 * A lane's title in semibold, wrapped with never one word alone on its last line (as headlines and
 * notes are), never cut with an ellipsis on any surface: it carries the closure's start and who
 * reports it.
 */
export function laneTitle(title: string, c: Pick<LanesContext, "width" | "type">): string[] {
  return wrap(title, c.width, c.type.label, "semibold", { noWidow: true });
}

/**
 * An interval's bar at `y`, from the start of its first day to the end of its last (the day
 * model of ./timeTicks.ts), cut to the plot: a solid pale tint before the first day-precise start
 * (or all of it when the start is known only to the month); when the start is not dated, solid
 * from the first day reported closed and fading out towards the plot's left edge before it, as
 * pale pieces each shorter than the last (closed earlier, since when not known); and a ring at
 * its end when still closed. Adds each legend entry once.
 */
export function intervalBars(
  iv: TimelineInterval,
  y: number,
  fill: string,
  lanes: readonly TimelineLane[],
  c: Pick<LanesContext, "x" | "width" | "style">,
  out: Pick<Lanes, "bars" | "ends" | "legend">,
): void {
  const x1 = Math.max(0, c.x(iv.from));
  const x2 = Math.min(c.width, c.x(+iv.to + DAY));
  const pale = paleOf(fill);
  const solidFrom =
    iv.fuzzyUntil && +iv.fuzzyUntil > +iv.from
      ? Math.min(x2, c.x(iv.fuzzyUntil))
      : iv.fuzzy === "month"
        ? x2
        : x1;
  if (iv.fuzzy === "unknown") {
    out.bars.push(...fade(x1, y, pale, c.style));
    addOnce(out.legend, { label: FADE_START, color: pale, shape: "fade" });
  }
  if (solidFrom > x1) {
    out.bars.push({ x1, x2: solidFrom, y, fill: pale });
    addOnce(out.legend, { label: paleLabel(lanes), color: pale, shape: "band" });
  }
  if (x2 > solidFrom) out.bars.push({ x1: solidFrom, x2, y, fill });
  for (const span of iv.contested ?? []) {
    const from = Math.max(x1, c.x(span.from));
    const to = Math.min(x2, c.x(+span.to + DAY));
    if (to <= from) continue;
    out.bars.push({ x1: from, x2: to, y, fill: pale });
    addOnce(out.legend, { label: paleLabel(lanes), color: pale, shape: "band" });
  }
  if (iv.open) {
    out.ends.push({ x: x2, y: y + c.style.lane.barHeight / 2, fill });
    addOnce(out.legend, { label: OPEN_END, color: OPEN_END_COLOR, shape: "ring" });
  }
}

function addOnce(legend: LegendItem[], item: LegendItem): void {
  if (!legend.some((l) => l.shape === item.shape)) legend.push(item);
}

/**
 * A closure before its first report, start not dated: from the plot's left edge to `end`, in
 * `style.fade.pieces` equal stretches, each holding a pale piece at its right end that is shorter
 * than the one after it, so the bar reads as running on, fading, out of the plot.
 */
export function fade(end: number, y: number, fill: string, style: TimelineStyle): LaneBar[] {
  const { pieces } = style.fade;
  const stretch = end / pieces;
  if (stretch <= 0) return [];
  return Array.from({ length: pieces }, (_, i) => {
    const right = end - i * stretch;
    const share = (pieces - i) / (pieces + 1);
    return { x1: right - stretch * share, x2: right, y, fill };
  }).reverse();
}

/** Where an event's marker sits: a night at its evening (barStart), any other day at its middle. */
export function markerTime(m: Pick<EventMark, "date" | "precision">): number {
  return m.precision === "night" ? +barStart(m.date, "night") : +m.date + DAY / 2;
}

/**
 * Numbered markers in rows under `top`, each at the middle of its day (a night's at its evening) (kept inside the plot);
 * markers closer than their size go to the next row, so every number stays legible (on the social
 * card, beside each other in one row: ./timelineCard.ts). Adds them to
 * `placed` and returns the height the rows take.
 */
export function stackMarkers(
  events: readonly EventMark[],
  top: number,
  c: Pick<LanesContext, "x" | "width" | "r" | "style" | "teaser">,
  placed: Marker[],
): number {
  const { r } = c;
  const step = 2 * r + c.style.marker.gap;
  if (c.teaser) {
    // The card keeps its markers to one row, moved aside only as far as their numbers need.
    const xs = markerRow(
      events.map((m) => c.x(markerTime(m))),
      step,
      r,
      c.width,
    );
    events.forEach((m, i) => placed.push({ ...m, x: xs[i] ?? r, y: top + r }));
    return events.length ? step : 0;
  }
  const rows: number[][] = [];
  for (const m of events) {
    const mx = Math.min(Math.max(c.x(markerTime(m)), r), c.width - r);
    let row = rows.findIndex((xs) => xs.every((other) => Math.abs(other - mx) >= step));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]?.push(mx);
    placed.push({ ...m, x: mx, y: top + r + row * step });
  }
  return rows.length * step;
}

/**
 * The pale start's reason in the legend, the same words on every surface: the start falls somewhere in
 * the pale stretch (a weekend, a week, a month), unlike a fading one, which no report dates at all.
 */
export const PALE_START = "start within a span";
/** The key of the pieces fading out before a closure's first report, when no report dates its start. */
export const FADE_START = "Fading: no start given";
/**
 * The key of the ring at the end of a closure still in force. The ring says when, not which crossing:
 * it is drawn in the neutral text colour on every lane, so one key in that colour matches every ring.
 */
export const OPEN_END = "Closed at last report";
export const OPEN_END_COLOR = COLORS.text;

/**
 * What the paler part of a bar means, from the reasons the lanes give for it: one entry, short
 * enough for one legend line at 360 px, for a start known only to a span or not dated (the pieces
 * fading out are the same pale tint) and for spans the reports dispute.
 */
export function paleLabel(lanes: readonly TimelineLane[]): string {
  const ivs = lanes.flatMap((l) => l.intervals);
  // A start not dated at all fades out instead, under its own key (FADE_START).
  const start = ivs.some((iv) => iv.fuzzy === "month" || (iv.fuzzyUntil && +iv.fuzzyUntil > +iv.from));
  const contested = ivs.some((iv) => iv.contested?.length);
  const reasons = [start && PALE_START, contested && "reports differ"].filter(Boolean);
  return `Tint: ${reasons.join(", or ") || "less sure"}`;
}

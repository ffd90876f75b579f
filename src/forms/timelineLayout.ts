/**
 * The layout of a timeline, pure (no Plot, no DOM), as phases from top to bottom: the time scale,
 * the events to mark and list (./timelineEvents.ts), the header of bracket and rule labels
 * (./timelineHeader.ts), the lanes (./timelineLanes.ts), the axis, the list of events by number;
 * then rules and gridlines cut short of every text and marker they would cross. Sizes come from
 * TIMELINE and the plot's type scale (src/style/).
 */
import type { LaidOut, LayoutContext, LegendItem } from "../chart.ts";
import { SIZES } from "../chart.ts";
import { DAY } from "../format/date.ts";
import {
  AXIS,
  COLORS,
  FRAME,
  formStyle,
  TIMELINE,
  type PlotType,
  type TimelineStyle,
} from "../style/index.ts";
import { fitCard } from "./cardFit.ts";
import { knockout, textBox, type Box, type Segment } from "./place.ts";
import { axisLabelBoxes, type AxisLabels } from "./ticks.ts";
import { unlistedNote, type TimelineEvent } from "./timelineEvents.ts";
import {
  headerLayout,
  type Header,
  type PlacedText,
  type TimelineBracket,
  type TimelineRule,
} from "./timelineHeader.ts";
import { type LaneBar, type Lanes, type Marker, type TimelineLane } from "./timelineLanes.ts";
import { eventKey, keyEntries, type ListEntry } from "./timelineKey.ts";
import type { EventLabel } from "./timelineLabels.ts";
import { placeEvents } from "./timelinePlace.ts";
import { cardMarkerR, numberByDate } from "./timelineCard.ts";
import { timeTicks } from "./timeTicks.ts";

export type { TimelineEvent } from "./timelineEvents.ts";
export type { ListEntry } from "./timelineKey.ts";
export type { TimelineBracket, TimelineRule } from "./timelineHeader.ts";
export type { TimelineInterval, TimelineLane } from "./timelineLanes.ts";

/** A timeline's options with every default filled in (see timelineDefaults in ./timeline.ts). */
export interface TimelineSettings {
  events: readonly TimelineEvent[];
  rules: readonly TimelineRule[];
  brackets: readonly TimelineBracket[];
  /** The days the rows cover; the axis adds a margin either side. */
  domain: { from: Date; to: Date };
  /** The chart's time unit: the least margin the axis adds either side is half a day, or ten days. */
  ticks: "day" | "month";
  /** Group events by day and crossing and list only the weightiest, for a long view. */
  summarise: boolean;
  /** Events labelled on the chart under the lanes ("chart"), or numbered and listed under the axis ("list"). */
  eventLabels: "chart" | "list";
}

export interface TimelineLayout extends LaidOut {
  /** The time scale: x of a date or a time in ms. */
  x: (d: Date | number) => number;
  /** The social card's teaser: one-line lane titles, and a key of events that keeps to the card's height. */
  teaser: boolean;
  markerR: number;
  header: PlacedText[];
  brackets: Header["brackets"];
  titles: PlacedText[];
  bars: LaneBar[];
  ends: Lanes["ends"];
  markers: Marker[];
  /** Markers carry their numbers (for the list or the card's key), or are plain dots (labels on the chart). */
  numbered: boolean;
  /** Events labelled on the chart, with leaders down from their markers. */
  labels: EventLabel[];
  leaders: Segment[];
  axisY: number;
  axis: AxisLabels<Date>;
  list: ListEntry[];
  /** Whether events of a day and crossing are grouped under one marker (./timelinePlace.ts). */
  grouped: boolean;
  /** Events the card's key leaves out for room, counted in its last line ("Two more events not shown"). */
  keyedOut: string[];
  /**
   * The rules' pieces, from their labels down to the axis, and the gridlines at the ticks, across the lanes.
   */
  rules: Segment[];
  grid: Segment[];
  legend: LegendItem[];
  notes: string[];
  style: TimelineStyle;
  type: PlotType;
  lh: number;
}

/** The web chart's plot, whose choice of grouping the social card follows. */
const WEB_PLOT = { width: SIZES.web.width - 2 * FRAME.web.pad, size: "web", mobile: false } as const;

/** The order of the lanes' keys in the legend. */
const KEY_ORDER: readonly LegendItem["shape"][] = ["band", "fade", "ring"];

export function timelineLayout(
  lanes: readonly TimelineLane[],
  options: TimelineSettings,
  ctx: LayoutContext,
): TimelineLayout {
  return fitCard(ctx, (dense) => timelineAt(lanes, options, ctx, dense));
}

/** The timeline in the style at its size, or the social card's dense one. */
function timelineAt(
  lanes: readonly TimelineLane[],
  options: TimelineSettings,
  ctx: LayoutContext,
  dense: boolean,
): TimelineLayout {
  const { style, type } = formStyle(TIMELINE, ctx.mobile, dense);
  // Given a height (the social card), the timeline is a teaser: lane titles keep to one line and
  // events are numbered with a compact key under the axis (./timelineKey.ts), so it fits unscaled.
  const teaser = ctx.height !== undefined;
  const lh = Math.round(type.label * style.leading);
  const onChart = options.eventLabels === "chart" && !teaser;
  // Plain dots beside labels on the chart; numbered markers for the list and the card's key.
  // The card groups events as the web chart does, so its key holds what the web chart labels.
  const grouped = teaser ? timelineAt(lanes, options, WEB_PLOT, false).grouped : undefined;
  const r = onChart ? style.teaserMarkerR : cardMarkerR(style, teaser, options, grouped);
  const { from, to, x } = timeScale(
    coveringStarts(options.domain, lanes),
    options.ticks,
    ctx.width,
    r,
    style,
  );
  const c = { x, width: ctx.width, r, type, lh, teaser, style };
  const header = headerLayout(options.brackets, options.rules, c);
  const events = { ...options, onChart, grouped };
  const events0 = placeEvents(lanes, events, header.bottom, c);
  const { laid: lanesLaid, placed, ...at } = events0;
  // The card numbers its marked brackets with its events, in date order (./timelineCard.ts).
  const card = numberByDate(events0.listed, lanesLaid.markers, header.marks);
  const listed = teaser ? card.listed : events0.listed;
  const { bottom: lanesBottom, legend, ...lanesRest } = lanesLaid;
  const laid = { ...lanesRest, markers: teaser ? card.markers : lanesRest.markers };
  const axisY = placed.labels.length ? placed.bottom + style.eventLabel.after : lanesBottom;
  const axis = timeAxis(from, to, x, axisY, c);
  // One key per mark, in the same words on web, phone and card.
  const event: LegendItem[] = laid.markers.length
    ? [{ label: "Event", color: COLORS.event, shape: "circle" }]
    : [];
  // The card's key holds every event, never fewer than the web chart labels; only on the card's last,
  // crowded try (src/chart.ts) does it end with "Two more events not shown" within the card's height.
  const budget =
    teaser && ctx.crowded && ctx.height !== undefined ? ctx.height - style.list.bottom : undefined;
  const list = keyEntries(onChart ? [] : listed.entries, axis.bottom, c, budget);
  const keyed = new Set(list.shown);
  const labelBoxes = placed.labels.map((l) => l.box);
  const cuts = knockouts(options.rules, header, laid, axisY, axis.labels.ticks, c, labelBoxes);
  return {
    width: ctx.width,
    height: Math.ceil(list.bottom + style.list.bottom),
    x,
    teaser,
    markerR: r,
    header: header.labels,
    brackets: header.brackets,
    ...laid,
    numbered: !onChart,
    grouped: at.grouped,
    labels: placed.labels,
    leaders: placed.leaders,
    axisY,
    axis: axis.labels,
    list: list.entries,
    ...cuts,
    // Tint, fading, still closed, then events: the same order on every surface.
    legend: [...legend].sort((a, b) => KEY_ORDER.indexOf(a.shape) - KEY_ORDER.indexOf(b.shape)).concat(event),
    notes:
      listed.unlisted + placed.unlabelled && !teaser
        ? [unlistedNote(listed.unlisted + placed.unlabelled)]
        : [],
    labelled: onChart
      ? placed.labels.map((l) => eventKey(l.event))
      : listed.markers.filter((m) => keyed.has(m.n)).map(eventKey),
    keyedOut: onChart ? [] : listed.markers.filter((m) => !keyed.has(m.n)).map(eventKey),
    style,
    type,
    lh,
  };
}

/**
 * The time scale on the day model of ./timeTicks.ts: the rows' days, from the first day's start
 * to the last day's end, widened by the style's share of the span (at least its days for the
 * unit; none in the house style, so the axis is trimmed to the data), inset by a marker's radius
 * at either end; a day's x is its start, and markers sit at its middle.
 */
export function timeScale(
  domain: { from: Date; to: Date },
  ticks: "day" | "month",
  width: number,
  r: number,
  style: TimelineStyle,
): { from: Date; to: Date; x: (d: Date | number) => number } {
  const rawFrom = +domain.from;
  const rawTo = +domain.to + DAY;
  const pad = Math.max((rawTo - rawFrom) * style.domain.pad, style.domain.minPadDays[ticks] * DAY);
  const from = new Date(rawFrom - pad);
  const to = new Date(rawTo + pad);
  return { from, to, x: (d: Date | number) => r + ((+d - +from) / (+to - +from)) * (width - 2 * r) };
}

/**
 * The domain, reaching back to the first day of any closure whose start is dated, so no bar is cut
 * at the plot's edge as if it began there (one whose start is not dated fades out to the edge).
 */
export function coveringStarts(
  domain: { from: Date; to: Date },
  lanes: readonly TimelineLane[],
): { from: Date; to: Date } {
  const starts = lanes.flatMap((l) =>
    l.intervals.filter((iv) => iv.fuzzy !== "unknown").map((iv) => +iv.from),
  );
  return { from: new Date(Math.min(+domain.from, ...starts)), to: domain.to };
}

/** The axis at `axisY` with its tick labels under it, and where the list starts under them. */
export function timeAxis(
  from: Date,
  to: Date,
  x: (d: Date) => number,
  axisY: number,
  c: { width: number; type: PlotType; style: TimelineStyle },
): { labels: AxisLabels<Date>; bottom: number } {
  const { labelOffset, labelLeading, after } = c.style.axis;
  const time = timeTicks(from, to, c.width, c.type.tick);
  const labels = {
    ticks: time.ticks,
    x: (d: Date) => x(new Date(+d + time.labelShift)),
    y: axisY + labelOffset,
    format: time.format,
    size: c.type.tick,
    width: c.width,
  };
  const boxes = axisLabelBoxes(labels);
  const bottom =
    Math.max(axisY + labelOffset + c.type.tick * labelLeading, ...boxes.map((b) => b.y + b.h)) + after;
  return { labels, bottom };
}

/** The list of events by number from `top`: each entry beside its number's marker, wrapped to the width. */
export function eventEntries(
  entries: readonly { n: number; text: string }[],
  top: number,
  c: { width: number; r: number; type: PlotType; lh: number; style: TimelineStyle },
): { entries: ListEntry[]; bottom: number } {
  return keyEntries(entries, top, c);
}

/**
 * Rules run from their label down to the axis and gridlines across the lanes, each cut where it
 * would cross a lane title, a marker or another label (a rule's own label is above its start).
 */
export function knockouts(
  rules: readonly TimelineRule[],
  header: Header,
  lanes: Pick<Lanes, "titles" | "markers">,
  axisY: number,
  ticks: readonly Date[],
  c: { x: (d: Date | number) => number; r: number },
  labels: readonly Box[] = [],
): { rules: Segment[]; grid: Segment[] } {
  const { r } = c;
  const texts: Box[] = [
    ...labels,
    ...lanes.titles.map((l) =>
      textBox({
        x: l.x,
        y: l.y,
        lines: l.text.split("\n"),
        size: l.size,
        weight: l.weight,
        lineAnchor: "top",
        lineHeight: l.lh / l.size,
      }),
    ),
    ...lanes.markers.map((m) => ({ x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r })),
  ];
  const segments = rules.flatMap((rule, i) => {
    const label = header.ruleBoxes[i];
    if (!label) return [];
    const rx = c.x(rule.date);
    const others = [...texts, ...header.ruleBoxes.filter((b) => b !== label), ...header.bracketBoxes];
    return knockout({ x1: rx, x2: rx, y1: label.y, y2: axisY }, others);
  });
  const top = header.bottom;
  const grid = ticks.flatMap((d) =>
    knockout({ x1: c.x(d), x2: c.x(d), y1: top, y2: axisY }, texts, undefined, AXIS.minPiece),
  );
  return { rules: segments, grid };
}

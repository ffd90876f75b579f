/**
 * A timeline for closures and events (FT Visual Vocabulary: change over time). One lane per
 * crossing (or per report) with its closed intervals as bars; events as numbered markers under
 * their lane, listed by number below the axis so labels never collide with marks; dated rules
 * (the ceasefire) with their labels in a header above the lanes; and periods known only to the
 * year or month as brackets marked "dates not reported", never as a band over the record.
 * Every text is placed from its measured box: rules and gridlines stop short of any text they
 * would cross, and header labels stack so none overlap.
 *
 * `timeline(lanes, options)`: the layout step (./timelineLayout.ts and its phases) places every
 * bar, marker and text; the drawing step, timelineMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { extent } from "d3-array";
import { drawLayout, type PlotFunction } from "../chart.ts";
import { COLORS, RULE_DASH, WEIGHT } from "../style/index.ts";
import { headings, segmentLinks, topText } from "./marks.ts";
import { axisLabels } from "./ticks.ts";
import { OPEN_END_COLOR } from "./timelineLanes.ts";
import {
  timelineLayout,
  type TimelineBracket,
  type TimelineEvent,
  type TimelineLane,
  type TimelineLayout,
  type TimelineRule,
  type TimelineSettings,
} from "./timelineLayout.ts";

export type {
  TimelineBracket,
  TimelineEvent,
  TimelineInterval,
  TimelineLane,
  TimelineRule,
} from "./timelineLayout.ts";

export interface TimelineOptions {
  /**
   * Events, marked under their lane at their day (or in a row of their own) and listed by number. Default:
   * none.
   */
  events?: readonly TimelineEvent[];
  /** Dated rules across the lanes (the ceasefire), labelled in the header. Default: none. */
  rules?: readonly TimelineRule[];
  /** Periods known only to the year or month, as brackets in the header. Default: none. */
  brackets?: readonly TimelineBracket[];
  /**
   * The days the rows cover; the axis adds a margin either side. Default: the lanes' intervals and the
   * events, first day to last.
   */
  domain?: { from: Date; to: Date };
  /**
   * The chart's time unit, "day" or "month": the least margin either side is half a day, or ten days.
   * Default: "month".
   */
  ticks?: "day" | "month";
  /** Group events by day and crossing and list only the weightiest, for a long view. Default: false. */
  summarise?: boolean;
  /**
   * Label events on the chart, under the lanes with a leader from each marker ("chart"), or number them and
   * list them under the axis ("list"). Default: "list".
   */
  eventLabels?: "chart" | "list";
}

/** A timeline as one object, as notebooks write it: `timeline({ lanes, events, domain, … })`. */
export interface TimelineSpec extends TimelineOptions {
  lanes: TimelineLane[];
  domain: { from: Date; to: Date };
  ticks: "day" | "month";
  events: TimelineEvent[];
}

export const timelineDefaults = {
  events: [] as readonly TimelineEvent[],
  rules: [] as readonly TimelineRule[],
  brackets: [] as readonly TimelineBracket[],
  ticks: "month" as const,
  summarise: false,
  eventLabels: "list" as const,
  /** From the first day of the lanes' intervals and the events to the last (today when there are none). */
  domain(lanes: readonly TimelineLane[], events: readonly TimelineEvent[]): { from: Date; to: Date } {
    const days = [
      ...lanes.flatMap((l) => l.intervals.flatMap((iv) => [iv.from, iv.to])),
      ...events.map((e) => e.date),
    ];
    const [from = new Date(), to = from] = extent(days, (d) => d);
    return { from, to };
  },
};

/** `timeline(lanes, options)`, or `timeline(spec)` with the lanes among the options. */
export function timeline(spec: TimelineSpec): PlotFunction;
export function timeline(lanes: readonly TimelineLane[], options?: TimelineOptions): PlotFunction;
export function timeline(
  data: readonly TimelineLane[] | TimelineSpec,
  options: TimelineOptions = {},
): PlotFunction {
  const { lanes, ...given } = isSpec(data) ? data : { ...options, lanes: data };
  const events = given.events ?? timelineDefaults.events;
  const settings: TimelineSettings = {
    events,
    rules: given.rules ?? timelineDefaults.rules,
    brackets: given.brackets ?? timelineDefaults.brackets,
    domain: given.domain ?? timelineDefaults.domain(lanes, events),
    ticks: given.ticks ?? timelineDefaults.ticks,
    summarise: given.summarise ?? timelineDefaults.summarise,
    eventLabels: given.eventLabels ?? timelineDefaults.eventLabels,
  };
  return (ctx) => {
    const layout = timelineLayout(lanes, settings, ctx);
    return { ...drawLayout(layout, timelineMarks(ctx.Plot, layout)), keyedOut: layout.keyedOut };
  };
}

function isSpec(data: readonly TimelineLane[] | TimelineSpec): data is TimelineSpec {
  return !Array.isArray(data);
}

/** Gridlines, the axis and its labels, rules, brackets, header labels, lanes, markers, then the list. */
export function timelineMarks(Plot: typeof PlotApi, l: TimelineLayout): PlotApi.Markish[] {
  return [
    segmentLinks(Plot, l.grid, { stroke: COLORS.grid }),
    Plot.link([{ x1: 0, x2: l.width, y: l.axisY }], {
      x1: "x1",
      x2: "x2",
      y1: "y",
      y2: "y",
      stroke: COLORS.axis,
    }),
    ...axisLabels(Plot, l.axis),
    segmentLinks(Plot, l.rules, { stroke: COLORS.event, strokeDasharray: RULE_DASH }),
    ...bracketMarks(Plot, l),
    ...headerMarks(Plot, l),
    segmentLinks(Plot, l.leaders, { stroke: COLORS.axis }),
    ...laneMarks(Plot, l),
    topText(
      Plot,
      l.labels.filter((x) => x.anchor === "start"),
      labelText(l, "start"),
    ),
    topText(
      Plot,
      l.labels.filter((x) => x.anchor === "end"),
      labelText(l, "end"),
    ),
    ...listMarks(Plot, l),
  ];
}

/** Events labelled on the chart: in the list's type, anchored at their marker. */
function labelText(l: TimelineLayout, anchor: "start" | "end") {
  return {
    x: "x",
    textAnchor: anchor,
    fontSize: l.type.value,
    fill: COLORS.text,
    lineHeight: l.lh / l.type.value,
  };
}

/** Each bracket: a line over its period with a tick down at each end; a moment's, its one tick. */
function bracketMarks(Plot: typeof PlotApi, l: TimelineLayout): PlotApi.Markish[] {
  // A marked bracket's end ticks, none under its marker (a moment's is its marker).
  const ends = l.brackets.flatMap((b) =>
    [{ x: b.x1, y: b.y }, ...(b.x2 > b.x1 ? [{ x: b.x2, y: b.y }] : [])].filter(
      (e) => !b.cut || e.x < b.cut.x1 || e.x > b.cut.x2,
    ),
  );
  return [
    Plot.link(
      l.brackets
        .filter((b) => b.x2 > b.x1)
        .flatMap((b) =>
          b.cut
            ? [
                { x1: b.x1, x2: b.cut.x1, y: b.y },
                { x1: b.cut.x2, x2: b.x2, y: b.y },
              ].filter((s) => s.x2 > s.x1)
            : [b],
        ),
      { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: COLORS.axis },
    ),
    Plot.link(ends, {
      x1: "x",
      x2: "x",
      y1: "y",
      y2: (d: { y: number }) => d.y + l.style.bracket.tick,
      stroke: COLORS.axis,
    }),
  ];
}

/**
 * Header labels, one mark per anchor and weight: bracket labels in the text colour, rule labels in ink and
 * semibold.
 */
function headerMarks(Plot: typeof PlotApi, l: TimelineLayout): PlotApi.Markish[] {
  return (["start", "end"] as const).flatMap((anchor) =>
    (["regular", "semibold"] as const).map((weight) => {
      const group = l.header.filter((h) => h.anchor === anchor && h.weight === weight);
      const first = group[0];
      return topText(Plot, group, {
        x: "x",
        textAnchor: anchor,
        fontSize: first?.size ?? l.type.tick,
        fontWeight: WEIGHT[weight],
        fill: weight === "semibold" ? COLORS.ink : COLORS.text,
        lineHeight: first ? first.lh / first.size : 1.2,
      });
    }),
  );
}

/**
 * Lane titles, the bars, rings at open ends, and the event markers with their numbers (plain dots beside
 * labels on the chart).
 */
function laneMarks(Plot: typeof PlotApi, l: TimelineLayout): PlotApi.Markish[] {
  const { type, style } = l;
  return [
    headings(Plot, l.titles, {
      fontSize: type.label,
      fontWeight: WEIGHT.semibold,
      lineHeight: l.lh / type.label,
    }),
    Plot.rect(l.bars, {
      x1: "x1",
      x2: "x2",
      y1: "y",
      y2: (d: { y: number }) => d.y + style.lane.barHeight,
      fill: "fill",
    }),
    Plot.dot(l.ends, {
      x: "x",
      y: "y",
      r: style.openEnd.r,
      fill: COLORS.background,
      stroke: OPEN_END_COLOR,
      strokeWidth: style.openEnd.stroke,
    }),
    Plot.dot(l.markers, { x: "x", y: "y", r: l.markerR, fill: COLORS.event }),
    // A marker carries its number when the list (or the card's key) gives it.
    Plot.text(l.numbered ? l.markers.filter((m) => l.list.some((e) => e.n === String(m.n))) : [], {
      x: "x",
      y: "y",
      text: (m: { n: number }) => String(m.n),
      fontSize: style.marker.numberSize,
      fontWeight: WEIGHT.bold,
      fill: COLORS.background,
    }),
  ];
}

/** The list (or the card's key) under the axis: each number in its marker, the entry's text beside it. */
function listMarks(Plot: typeof PlotApi, l: TimelineLayout): PlotApi.Markish[] {
  const { type, style } = l;
  const r = l.markerR;
  // The card key's last line, for the events it leaves out, has no number.
  const numbered = l.list.filter((e) => e.n);
  return [
    Plot.dot(numbered, { x: r, y: "cy", r, fill: COLORS.event }),
    Plot.text(numbered, {
      x: r,
      y: "cy",
      text: "n",
      fontSize: style.marker.numberSize,
      fontWeight: WEIGHT.bold,
      fill: COLORS.background,
    }),
    topText(Plot, l.list, {
      x: 2 * r + style.list.textGap,
      fontSize: type.value,
      fill: COLORS.text,
      lineHeight: l.lh / type.value,
    }),
  ];
}

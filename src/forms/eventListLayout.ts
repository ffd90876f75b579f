/**
 * The layout of an event list, pure (no Plot, no DOM): which events are listed, each day's
 * heading and each event's wrapped lines at their y, the bullets, the plot's height, and the note
 * for the events left out. Sizes come from EVENT_LIST and the plot's type scale (src/style/).
 */
import { ascending, groups } from "d3-array";
import type { LaidOut, LayoutContext } from "../chart.ts";
import type { DayPrecision } from "../data/schema.ts";
import { formatDate } from "../format/date.ts";
import { EVENT_LIST, formStyle, type EventListStyle } from "../style/index.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { wrap } from "../text/wrap.ts";

export interface ListedEvent {
  date: Date;
  /** "Rafah: Understanding reached on reopening". */
  text: string;
  /** "Israel's Army Radio". */
  by: string;
  /**
   * How its date is known (data/README.md); a statement said "by" a day, or in a night or a week, is
   * listed under a heading of its own ("By 25 January 2026"), never under the day as if on it.
   * Default a day.
   */
  precision?: DayPrecision;
  /**
   * The headline is about this event: it leads the list, its day first, in the accent colour and bold, and
   * the other days follow newest first (a factbox led by its news). Default false: days in date order.
   */
  focus?: boolean;
  /** Lower is more newsworthy: when not all fit, the least newsworthy are left out first. Default 0. */
  rank?: number;
  /** How many reports tell it: of two events of one rank, the one told more often stays. Default 1. */
  weight?: number;
}

export interface EventListOptions {
  /**
   * At most this many events are listed, the latest. Default: the house style's for the size (EVENT_LIST).
   */
  maxEvents?: number;
  /** The bullets' colour for the events in focus: the crossing's own (Rafah's teal). Default the accent. */
  accent?: string;
}

/** A text at the top of its first line; lines joined by "\n". */
export interface TopText {
  y: number;
  text: string;
}

export interface EventListLayout extends LaidOut {
  /** Each day's heading ("25 January 2026"). */
  days: TopText[];
  /** Each event with who reported it, wrapped to the width less the indent. */
  events: TopText[];
  /** One bullet per event, at its first line. */
  bullets: { y: number; focus: boolean }[];
  /** Whether an event of the list is in focus, and which events are (by index in `events`). */
  led: boolean;
  focus: boolean[];
  /** How many earlier events are not listed. */
  left: number;
  notes: string[];
  /** What the drawing step draws with: the style at this size, the type sizes and the line height, in px. */
  style: EventListStyle;
  daySize: number;
  eventSize: number;
  lineHeight: number;
}

/**
 * The list at most `maxEvents` long; given a height (the social card's), as many of them as fit it, the
 * news always among them, so the card's text is set at its size rather than shrunk.
 */
export function eventListLayout(
  events: readonly ListedEvent[],
  options: EventListOptions,
  ctx: LayoutContext,
): EventListLayout {
  const max = options.maxEvents ?? formStyle(EVENT_LIST, ctx.mobile).style.maxEvents;
  let laid = listOf(events, max, ctx);
  for (
    let m = Math.min(max, events.length) - 1;
    ctx.height !== undefined && laid.height > ctx.height && m >= 1;
    m--
  )
    laid = listOf(events, m, ctx);
  return laid;
}

function listOf(events: readonly ListedEvent[], max: number, ctx: LayoutContext): EventListLayout {
  const { style, type } = formStyle(EVENT_LIST, ctx.mobile);
  const lineHeight = Math.round(type.value * style.leading);
  const { shown, left, leftOut } = latestEvents(events, max);
  const led = shown.some((e) => e.focus);
  const { bottom, ...rows } = dayRows(
    led ? newsOrder(shown) : shown,
    ctx.width,
    style,
    type.value,
    lineHeight,
  );
  // The social card shows no notes: it says in the list how many events it leaves out.
  const card = ctx.height !== undefined && left > 0;
  const events2 = card ? [...rows.events, { y: bottom, text: leftOutNote(left) }] : rows.events;
  return {
    led,
    width: ctx.width,
    height: Math.ceil(card ? bottom + lineHeight : bottom),
    ...rows,
    events: events2,
    left,
    notes: left ? leftOutNotes(leftOut) : [],
    style,
    daySize: type.label,
    eventSize: type.value,
    lineHeight,
  };
}

/**
 * The events in date order (then by text), at most `max` of them, the events in focus always among
 * them; when not all fit, the least newsworthy go first (told by the fewest reports, then of the
 * least weighty kind, then the earliest): which are left out.
 */
export function latestEvents(
  events: readonly ListedEvent[],
  max: number,
): { shown: ListedEvent[]; left: number; leftOut: ListedEvent[] } {
  const sorted = [...events].sort((a, b) => ascending(+a.date, +b.date) || ascending(a.text, b.text));
  const focused = sorted.filter((e) => e.focus).slice(-max);
  const rest = sorted
    .filter((e) => !e.focus)
    .sort(
      (a, b) =>
        ascending(b.weight ?? 1, a.weight ?? 1) ||
        ascending(a.rank ?? 0, b.rank ?? 0) ||
        ascending(+b.date, +a.date),
    )
    .slice(0, Math.max(0, max - focused.length));
  const shown = sorted.filter((e) => focused.includes(e) || rest.includes(e));
  const leftOut = sorted.filter((e) => !shown.includes(e));
  return { shown, left: leftOut.length, leftOut };
}

/** The heading an event is listed under: its date as precisely as it is known. */
function headingKey(e: ListedEvent): string {
  return `${+e.date}|${e.precision ?? "day"}`;
}

/** A list led by its news: the days of events in focus first, those events first in their day; then the other days, newest first. */
export function newsOrder(shown: readonly ListedEvent[]): ListedEvent[] {
  const days = groups(shown, headingKey)
    .map(([, list]) => ({
      day: +(list[0]?.date ?? 0),
      // Of one date, what is known to be on it comes before what was said by it.
      by: Number(list[0]?.precision === "by"),
      list: [...list.filter((e) => e.focus), ...list.filter((e) => !e.focus)],
    }))
    .sort(
      (a, b) =>
        Number(b.list.some((e) => e.focus)) - Number(a.list.some((e) => e.focus)) ||
        b.day - a.day ||
        a.by - b.by,
    );
  return days.flatMap((d) => d.list);
}

/**
 * Day headings and their events, top to bottom from the style's top; `bottom` is the y under the last day.
 */
export function dayRows(
  shown: readonly ListedEvent[],
  width: number,
  style: EventListStyle,
  size: number,
  lineHeight: number,
): {
  days: TopText[];
  events: TopText[];
  bullets: { y: number; focus: boolean }[];
  focus: boolean[];
  bottom: number;
} {
  const days: TopText[] = [];
  const events: TopText[] = [];
  const bullets: { y: number; focus: boolean }[] = [];
  const focus: boolean[] = [];
  let y = style.top;
  for (const list of groups(shown, headingKey).map(([, l]) => l)) {
    const first = list[0];
    days.push({ y, text: first ? capitalise(formatDate(first.date, first.precision ?? "day")) : "" });
    y += lineHeight + style.underDay;
    for (const e of list) {
      const wrapped = wrap(
        `${e.text} (${e.by})`,
        width - style.indent,
        size,
        e.focus ? "semibold" : "regular",
      );
      bullets.push({ y: y + lineHeight / 2 - style.bullet.raise, focus: e.focus === true });
      focus.push(e.focus === true);
      events.push({ y, text: wrapped.join("\n") });
      y += wrapped.length * lineHeight + style.afterEvent;
    }
    y += style.afterDay;
  }
  return { days, events, bullets, focus, bottom: y };
}

/** "Three earlier events are not listed at this size; …". */
export function leftOutNote(left: number): string {
  return `${capitalise(countWords(left, "exact", noun("more event")))} ${left === 1 ? "is" : "are"} not listed at this size.`;
}

/**
 * What the list leaves out, visibly: each event with its date and credit ("Not listed at this size:
 * 25 January 2026 — Hamas and Turkish officials discuss … (Hamas)."), or, past two, how many.
 */
export function leftOutNotes(left: readonly ListedEvent[]): string[] {
  if (left.length > 2) return [leftOutNote(left.length)];
  return left.map(
    (e) => `Not listed at this size: ${formatDate(e.date, e.precision ?? "day")} — ${e.text} (${e.by}).`,
  );
}

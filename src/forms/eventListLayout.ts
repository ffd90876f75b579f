/**
 * The layout of an event list, pure (no Plot, no DOM): which events are listed, each day's
 * heading and each event's wrapped lines at their y, the bullets, the plot's height, and the note
 * for the events left out. Sizes come from EVENT_LIST and the plot's type scale (src/style/).
 */
import { ascending, groups } from "d3-array";
import type { LaidOut, LayoutContext } from "../chart.ts";
import type { DayPrecision } from "../data/schema.ts";
import { formatDate, lastDayOf } from "../format/date.ts";
import { EVENT_LIST, formStyle, type EventListStyle } from "../style/index.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { wrap } from "../text/wrap.ts";
import type { Segment } from "./place.ts";

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
   * The headline is about this event: it leads the list, set apart under its own heading, in the accent
   * colour and bold; then every heading follows newest first, the rest of its own too (a factbox led by
   * its news). Default false: days in date order.
   */
  focus?: boolean;
  /** Lower is more newsworthy: when not all fit, the least newsworthy are left out first. Default 0. */
  rank?: number;
  /** How many reports tell it: of two events of one rank, the one told more often stays. Default 1. */
  weight?: number;
}

export interface EventListOptions {
  /**
   * At most this many events are listed, the most newsworthy, and only as many as keep the list within
   * the style's height (EVENT_LIST). Default: the house style's for the size.
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
  /** The thin rule that sets the news apart from the list under it. */
  rules: Segment[];
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
 * The list at most `maxEvents` long, and only as many of them as keep it within the style's height (given
 * a height, the social card's, that one), the news always among them: every event that fits is listed,
 * and the card's text is set at its size rather than shrunk.
 */
export function eventListLayout(
  events: readonly ListedEvent[],
  options: EventListOptions,
  ctx: LayoutContext,
): EventListLayout {
  const { style } = formStyle(EVENT_LIST, ctx.mobile);
  const max = options.maxEvents ?? style.maxEvents;
  const height = ctx.height ?? style.maxHeight;
  let laid = listOf(events, max, ctx);
  for (let m = Math.min(max, events.length) - 1; laid.height > height && m >= 1; m--)
    laid = listOf(events, m, ctx);
  return laid;
}

function listOf(events: readonly ListedEvent[], max: number, ctx: LayoutContext): EventListLayout {
  const { style, type } = formStyle(EVENT_LIST, ctx.mobile);
  const lineHeight = Math.round(type.value * style.leading);
  const { shown, left, leftOut } = latestEvents(events, max);
  const led = shown.some((e) => e.focus);
  const { bottom, ...rows } = dayRows(
    led ? newsGroups(shown) : dateGroups(shown),
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

/** Events listed under one heading; a lead group is the news, set apart from the list under it. */
export interface DayGroup {
  events: ListedEvent[];
  lead?: boolean;
}

/** Without news to lead it: the headings in date order, each with its events. */
function dateGroups(shown: readonly ListedEvent[]): DayGroup[] {
  return groups(shown, headingKey).map(([, events]) => ({ events }));
}

/**
 * Headings newest first, by the last day each can mean (lastDayOf: "the week of 25–31 January" before "by
 * 25 January"); of one last day, what is known to be on it before what was said by it ("6 January" before
 * "by 6 January"), then the later start first.
 */
function newestFirst(a: DayGroup, b: DayGroup): number {
  const key = (g: DayGroup) => {
    const e = g.events[0];
    return e ? [+lastDayOf(e.date, e.precision), e.precision === "by" ? 0 : 1, +e.date] : [];
  };
  const [ka, kb] = [key(a), key(b)];
  return (kb[0] ?? 0) - (ka[0] ?? 0) || (kb[1] ?? 0) - (ka[1] ?? 0) || (kb[2] ?? 0) - (ka[2] ?? 0);
}

/**
 * A list led by its news: the events in focus first, each under its own heading and set apart; then every
 * heading newest first (newestFirst), the rest of the news's heading among them.
 */
export function newsGroups(shown: readonly ListedEvent[]): DayGroup[] {
  const lead = dateGroups(shown.filter((e) => e.focus))
    .sort(newestFirst)
    .map((g) => ({ ...g, lead: true }));
  return [...lead, ...dateGroups(shown.filter((e) => !e.focus)).sort(newestFirst)];
}

/** The events of a list led by its news, in the order it lists them (newsGroups). */
export function newsOrder(shown: readonly ListedEvent[]): ListedEvent[] {
  return newsGroups(shown).flatMap((g) => g.events);
}

/**
 * Day headings and their events, top to bottom from the style's top, the lead groups set apart by a rule;
 * `bottom` is the y under the last day.
 */
export function dayRows(
  list: readonly DayGroup[],
  width: number,
  style: EventListStyle,
  size: number,
  lineHeight: number,
): Pick<EventListLayout, "days" | "events" | "bullets" | "focus" | "rules"> & { bottom: number } {
  const out: Pick<EventListLayout, "days" | "events" | "bullets" | "focus" | "rules"> = {
    days: [],
    events: [],
    bullets: [],
    focus: [],
    rules: [],
  };
  let y = style.top;
  list.forEach((group, i) => {
    const first = group.events[0];
    out.days.push({ y, text: first ? capitalise(formatDate(first.date, first.precision ?? "day")) : "" });
    y += lineHeight + style.underDay;
    for (const e of group.events) {
      const wrapped = wrap(
        `${e.text} (${e.by})`,
        width - style.indent,
        size,
        e.focus ? "semibold" : "regular",
      );
      out.bullets.push({ y: y + lineHeight / 2 - style.bullet.raise, focus: e.focus === true });
      out.focus.push(e.focus === true);
      out.events.push({ y, text: wrapped.join("\n") });
      y += wrapped.length * lineHeight + style.afterEvent;
    }
    y += style.afterDay;
    // The news set apart: a rule across the list between it and the rest.
    if (group.lead && list[i + 1] && !list[i + 1]?.lead) {
      const rule = y + style.lead.gap / 2 - style.afterDay;
      out.rules.push({ x1: 0, x2: width, y1: rule, y2: rule });
      y += style.lead.gap - style.afterDay;
    }
  });
  return { ...out, bottom: y };
}

/** "Three more events are in the full chart.": a reader's words, where the card or phone list stops. */
export function leftOutNote(left: number): string {
  return `${capitalise(countWords(left, "exact", noun("more event")))} ${left === 1 ? "is" : "are"} in the full chart.`;
}

/**
 * What the list leaves out, visibly: each event with its date and credit ("Not drawn at this size:
 * 25 January 2026 — Hamas and Turkish officials discuss … (Hamas)."), or, past two, how many.
 */
export function leftOutNotes(left: readonly ListedEvent[]): string[] {
  if (left.length > 2) return [leftOutNote(left.length)];
  return left.map(
    (e) => `Not drawn at this size: ${formatDate(e.date, e.precision ?? "day")} — ${e.text} (${e.by}).`,
  );
}

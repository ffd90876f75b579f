/**
 * Which events a timeline marks and lists, pure: numbered in date order, one marker per event (or,
 * in a summarised long view, per day and crossing), the weightiest and then the latest kept when
 * there are more than the list holds; and the note for the events left out.
 */
import { ascending, groups } from "d3-array";
import type { DayPrecision } from "../data/schema.ts";
import { formatDate } from "../format/date.ts";
import { dayMonth } from "../style/index.ts";
import { withoutCredit } from "./timelineCompact.ts";
import { andList, capitalise, countWords, noun, type Noun } from "../text/words.ts";

export interface TimelineEvent {
  date: Date;
  crossing: string;
  /** The event in words, with who reported it. */
  label: string;
  /**
   * How its date is known (data/README.md): "night", "weekend", "by" (said on or before the day)
   * are written as such ("The night of 6–7 May 2024", "By 6 January 2026"); default a day.
   */
  precision?: DayPrecision;
  /** Lower is more important, for which events are listed when space is short. */
  rank: number;
  /** How many reports tell it: of two events of one rank, the one told more often leads. */
  weight?: number;
  /** What kind of event it is, as a countable noun: a day's group says what its other events are. */
  kind?: Noun;
}

/** An event to mark under its lane at its day, by its number. */
export interface EventMark {
  n: number;
  date: Date;
  /** A night's marker sits at its evening; any other at the middle of its day. */
  precision?: DayPrecision;
  crossing: string;
  label: string;
}

export interface ListedEvents {
  markers: EventMark[];
  /** The list under the axis, by number: "7 May: Rafah crossing seized (Israeli military)". */
  entries: { n: number; text: string }[];
  /** How many events (or groups of a day) are neither marked nor listed. */
  unlisted: number;
}

/**
 * The events to mark and list, numbered in date order. A long view (`summarise`) groups events of
 * one day and crossing into one marker ("Understanding reached on reopening, and four more
 * events"). When there are more than `max`, the weightiest and then the latest are kept. A `terse`
 * entry (the social card's key) is the date and the label alone: no credit, no group's tail.
 */
export function listEvents(
  events: readonly TimelineEvent[],
  summarise: boolean,
  max: number,
  terse = false,
): ListedEvents {
  const grouped = groupEvents(events, summarise);
  const keep = new Set(
    [...grouped]
      .sort(
        (a, b) =>
          ascending(a.top?.rank ?? 0, b.top?.rank ?? 0) ||
          ascending(+(b.top?.date ?? 0), +(a.top?.date ?? 0)),
      )
      .slice(0, max),
  );
  const shown = grouped.filter((g) => keep.has(g));
  const markers: EventMark[] = [];
  const entries: { n: number; text: string }[] = [];
  const years = new Set(shown.map((g) => g.top?.date.getUTCFullYear()));
  shown.forEach((g, i) => {
    if (!g.top) return;
    const n = i + 1;
    markers.push({
      n,
      date: g.top.date,
      precision: g.top.precision,
      crossing: g.top.crossing,
      label: g.top.label,
    });
    // One date style: in full; the year only when the events span more than one.
    const precision = g.top.precision ?? "day";
    const date =
      precision !== "day"
        ? capitalise(formatDate(g.top.date, precision))
        : years.size > 1
          ? formatDate(g.top.date)
          : dayMonth(g.top.date);
    entries.push({
      n,
      text: terse
        ? `${date}: ${withoutCredit(g.top.label)}`
        : `${date}: ${g.top.label}${moreWords(g.list.filter((e) => e !== g.top))}`,
    });
  });
  return { markers, entries, unlisted: grouped.length - shown.length };
}

/**
 * Events in date order, grouped by day and crossing (and label, unless summarised), each group led by its
 * weightiest.
 */
function groupEvents(events: readonly TimelineEvent[], summarise: boolean) {
  return groups(
    [...events].sort(
      (a, b) => ascending(+a.date, +b.date) || ascending(a.rank, b.rank) || ascending(a.label, b.label),
    ),
    (e) => (summarise ? `${+e.date}|${e.crossing}` : `${+e.date}|${e.crossing}|${e.label}`),
  ).map(([, list]) => {
    const top =
      [...list].sort(
        (a, b) =>
          ascending(a.rank, b.rank) || ascending(b.weight ?? 1, a.weight ?? 1) || ascending(a.label, b.label),
      )[0] ?? list[0];
    return { top, more: list.length - 1, list };
  });
}

/**
 * The rest of a day's group after its lead: ", and five more events (two diplomatic steps, two
 * reopening forecasts and one condition for reopening)", by kind in the group's order; without the
 * kinds when an event has none.
 */
function moreWords(rest: readonly TimelineEvent[]): string {
  if (!rest.length) return "";
  const more = `, and ${countWords(rest.length, "exact", noun("more event"))}`;
  if (rest.some((e) => !e.kind)) return more;
  const kinds = groups(rest, (e) => e.kind?.one ?? "").map(([, list]) =>
    countWords(list.length, "exact", list[0]?.kind),
  );
  // In brackets, not after a colon: the entry's date already has one.
  return `${more} (${andList(kinds)})`;
}

/** "Two more events are not shown at this size; …". */
export function unlistedNote(unlisted: number): string {
  return `${capitalise(countWords(unlisted, "exact", noun("more event")))} ${unlisted === 1 ? "is" : "are"} not shown at this size; every event is in the chart's description.`;
}

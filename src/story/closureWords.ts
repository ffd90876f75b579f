/**
 * Crossing closures in words: when a closure began as its reports give it, how long it lasted, a
 * crossing's status, and what one report says of a closure. The intervals themselves are in
 * ./intervals.ts.
 */
import { greatest } from "d3-array";
import type { Credit } from "../cite/names.ts";
import type { Closure } from "../data/schema.ts";
import { DAY, formatDate, listDates } from "../format/date.ts";
import { andList, countWords, noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import {
  addDays,
  dayStarts,
  firstDay,
  reopenedOn,
  reopeningReported,
  type ClosureInterval,
  type CrossingStatus,
} from "./intervals.ts";
import { spanOf, spansAgree } from "./ranges.ts";

/**
 * When a closure began, as its reports give it: "the night of 6–7 May 2024" (a night report and a
 * Tuesday report agree: the widest of them is said), "6 or 8 May 2024" (reports that differ), "May
 * 2024". With precision "month", the month alone.
 */
export function startPhrase(interval: ClosureInterval, precision: "day" | "month" = "day"): string {
  const days = dayStarts(interval);
  if (!interval.starts.length) return "an unreported day";
  if (!days.length || precision === "month")
    return andList([...new Set(interval.starts.map((s) => formatDate(s.date, "month")))], "or");
  if (spansAgree(days.map((s) => spanOf(s.date, s.precision)))) {
    const widest = greatest(days, (s) => spanOf(s.date, s.precision).to - spanOf(s.date, s.precision).from);
    return formatDate(widest?.date ?? interval.from, widest?.precision ?? "day");
  }
  if (days.every((s) => s.precision === "day"))
    return (
      listDates(
        days.map((s) => s.date),
        "or",
      ) ?? formatDate(days[0]?.date ?? interval.from)
    );
  return andList([...new Set(days.map((s) => formatDate(s.date, s.precision)))], "or");
}

/** How long a closure lasted, from its earliest start to its reopening: "26 days", "more than 20 months". */
export function duration(from: Date, until: Date): string {
  const days = Math.round((+until - +from) / DAY);
  if (days < 61) return countWords(days, "exact", noun("day"));
  let months =
    (until.getUTCFullYear() - from.getUTCFullYear()) * 12 + (until.getUTCMonth() - from.getUTCMonth());
  if (until.getUTCDate() < from.getUTCDate()) months--;
  const exact = until.getUTCDate() === from.getUTCDate();
  return `${exact ? "" : "more than "}${countWords(months, "exact", noun("month"))}`;
}

/**
 * A crossing's status in words, without its name: "closed since 6 or 7 May 2024",
 * "reopened on 2 February 2026 after more than 20 months closed",
 * "closed again since 20 February 2026, after reopening on 2 February 2026".
 */
export function statusPhrase(status: CrossingStatus, precision: "day" | "month" = "day"): string {
  const { current, previous } = status;
  const reopened = reopenedOn(current);
  if (status.kind === "reopened" && reopened) {
    // A closure row's `to` is the last day closed. Without a reopening event, and with no report
    // after that day, the reopening is not reported: say the last day closed, not the day after it.
    if (!reopeningReported(current))
      return current.starts.length
        ? `closed from ${startPhrase(current, precision)} to ${formatDate(addDays(reopened, -1))}`
        : `closed until ${formatDate(addDays(reopened, -1))} (start not dated)`;
    // A duration is counted only from a start known to the day: a night or a weekend is not.
    const known = current.starts.some((s) => s.precision === "day");
    if (!current.starts.length) return `reopened on ${formatDate(reopened)} (start of closure not dated)`;
    return known
      ? `reopened on ${formatDate(reopened)} after ${duration(firstDay(current), reopened)} of closure`
      : `reopened on ${formatDate(reopened)} after being closed since ${startPhrase(current)}`;
  }
  // A closure no report dates the start of is never given one.
  const since = current.starts.length ? `since ${startPhrase(current, precision)}` : "(start not dated)";
  const before = previous ? reopenedOn(previous) : null;
  return status.kind === "closed again" && before
    ? `closed again ${since}, after reopening on ${formatDate(before)}`
    : `closed ${since}`;
}

/**
 * A closure that reports contest, in words without its name: from when it was closed and, once it
 * has ended, when it reopened or its last day closed, with no length claimed ("closed from the
 * night of 6–7 May 2024, reopened on 2 February 2026").
 */
export function contestedPhrase(status: CrossingStatus): string {
  const { current } = status;
  const closed = `closed from ${startPhrase(current)}`;
  const reopened = status.kind === "reopened" ? reopenedOn(current) : null;
  if (!reopened) return closed;
  return reopeningReported(current)
    ? `${closed}, reopened on ${formatDate(reopened)}`
    : `${closed} to ${formatDate(addDays(reopened, -1))}`;
}

/**
 * The starts of a closure with who gives each: "6 May 2024 (aid agencies via Financial Times) or
 * 7 May 2024 (UN via AFP)". Starts known only to the month are left out when a day is known.
 */
export function startsBy(interval: ClosureInterval, label: (row: Closure) => string): string {
  const days = dayStarts(interval);
  const shown = days.length ? days : interval.starts;
  return andList(
    shown.map((s) => `${formatDate(s.date, s.precision)} (${andList([...new Set(s.rows.map(label))])})`),
    "or",
  );
}

/**
 * What one report says of a closure, lower case: "closed from 6 May 2024, still closed on
 * 7 May 2024", "closed from May 2024 to 1 February 2026", "closed on 7 May 2024, start not
 * reported". Without `asOf`, an open closure reads only "closed from 6 May 2024".
 */
export function closureWords(c: Closure, options: { form?: "full" | "start" | "still" } = {}): string {
  const form = options.form ?? "full";
  if (c.to)
    return c.from_precision === "unknown"
      ? `closed until ${formatDate(c.to)}, start not dated`
      : `closed from ${formatDate(c.from, c.from_precision)} to ${formatDate(c.to)}`;
  // "still": listed on the report's own day, so that day is not said twice.
  if (form === "still")
    return c.from_precision === "unknown"
      ? "still closed, start not dated"
      : `still closed since ${formatDate(c.from, c.from_precision)}`;
  if (c.from_precision === "unknown") return `closed on ${formatDate(c.as_of)}, start not dated`;
  const from = `closed from ${formatDate(c.from, c.from_precision)}`;
  // A report of the day the closure began says only that: not "closed from 7 May 2024, still closed on 7 May 2024".
  const sameDay = c.from_precision === "day" && +c.from === +c.as_of;
  return form === "full" && !sameDay ? `${from}, still closed on ${formatDate(c.as_of)}` : from;
}

/**
 * Reports that date one thing alike, though not in the same words, each keeping its own dating
 * after the lead's credit: "AFP dates it to 7 May 2024". The lead's own reports are left out;
 * empty when every report words the date as the lead does.
 */
export function otherDatings(
  dated: readonly { phrase: string; credits: readonly Credit[] }[],
  lead: string,
  what = "it",
): string {
  const others = dated.filter((d) => d.phrase !== lead && d.credits.length);
  return andList(
    others.map((d) => {
      const plural = d.credits.length > 1 || d.credits.some((c) => c.voice?.plural);
      return `${attribution(d.credits, "subject")} ${plural ? "date" : "dates"} ${what} to ${d.phrase}`;
    }),
  );
}

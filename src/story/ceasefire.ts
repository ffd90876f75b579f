/** The ceasefire's day, from data/events.csv, for phrases such as "since the ceasefire of 10 October 2025". */
import type { Data } from "../data/load.ts";
import { DAY, listDates } from "../format/date.ts";
import { asOfDay, latest } from "./select.ts";

/** Reports of one ceasefire taking effect may give days this far apart; further apart is another ceasefire. */
const SAME_CEASEFIRE_DAYS = 7;

/**
 * The day the ceasefire took effect: the latest day-precise ceasefire event on or before
 * `before` (when given), else the latest one; undefined when the table has none.
 */
export function ceasefireDay(data: Data, before?: Date): Date | undefined {
  return ceasefireDays(data, before)[0];
}

/**
 * Every day reports give for that ceasefire: the latest day-precise ceasefire event and any
 * within a week before it, earliest first. Two days mean the reports differ, never one picked.
 */
function ceasefireDays(data: Data, before?: Date): Date[] {
  const days = data.events.filter((e) => e.kind === "ceasefire" && e.precision === "day");
  const last = (before ? asOfDay(days, before) : latest(days))[0]?.date;
  if (!last) return [];
  const near = days.filter((e) => +e.date <= +last && +last - +e.date <= SAME_CEASEFIRE_DAYS * DAY);
  return [...new Set(near.map((e) => +e.date))].sort((a, b) => a - b).map((t) => new Date(t));
}

/** "10 October 2025", or where reports differ, "10 or 11 October 2025". */
export function ceasefirePhrase(data: Data, before?: Date): string | undefined {
  const days = ceasefireDays(data, before);
  return days.length ? listDates(days, "or") : undefined;
}

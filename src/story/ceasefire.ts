/** The ceasefire's day, from data/events.csv, for phrases such as "since the ceasefire of 10 October 2025". */
import type { Data } from "../data/load.ts";
import { asOfDay, latest } from "./select.ts";

/**
 * The day the ceasefire took effect: the latest day-precise ceasefire event on or before
 * `before` (when given), else the latest one; undefined when the table has none.
 */
export function ceasefireDay(data: Data, before?: Date): Date | undefined {
  const days = data.events.filter((e) => e.kind === "ceasefire" && e.precision === "day");
  return (before ? asOfDay(days, before) : latest(days))[0]?.date;
}

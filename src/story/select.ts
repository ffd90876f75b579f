/**
 * Choosing rows by date, never by their order in the CSV: the latest and earliest
 * reports (with ties kept, since two reports of one day are both the latest), rows in
 * a period, and a stable content order so a shuffled table gives the same output.
 */
import { ascending, extent, greatest, least } from "d3-array";

/** A row with a date: the day a figure describes (`as_of`) or an event's day (`date`). */
export type Dated = { as_of: Date } | { date: Date };

/** The day a row is about: `as_of` for figures and closures, `date` for events. */
export function dayOf(row: Dated): Date {
  return "as_of" in row ? row.as_of : row.date;
}

/** A row's content as a sort key: every field but its position in the file and our note. */
function contentKey(row: object): string {
  return JSON.stringify(row, (key, value: unknown) => (key === "ref" || key === "note" ? undefined : value));
}

/** Rows by date, then by content: the same order whatever order the CSV lists them in. */
export function byDate<T extends Dated>(rows: Iterable<T>): T[] {
  // Keys are worked out once per row, not once per comparison.
  const keyed = [...rows].map((row) => ({ row, day: +dayOf(row), key: contentKey(row) }));
  keyed.sort((a, b) => ascending(a.day, b.day) || ascending(a.key, b.key));
  return keyed.map((k) => k.row);
}

/** Every row on the latest date (several when reports of one day tie); [] for no rows. */
export function latest<T extends Dated>(rows: Iterable<T>): T[] {
  const list = [...rows];
  const last = greatest(list, (a, b) => ascending(+dayOf(a), +dayOf(b)));
  return last ? byDate(list.filter((r) => +dayOf(r) === +dayOf(last))) : [];
}

/** Every row on the earliest date; [] for no rows. */
export function earliest<T extends Dated>(rows: Iterable<T>): T[] {
  const list = [...rows];
  const first = least(list, (a, b) => ascending(+dayOf(a), +dayOf(b)));
  return first ? byDate(list.filter((r) => +dayOf(r) === +dayOf(first))) : [];
}

/** A period of whole days, both ends included. */
export interface Period {
  from: Date;
  to: Date;
}

/** Rows dated within a period, in date order. */
export function inPeriod<T extends Dated>(rows: Iterable<T>, period: Period): T[] {
  return byDate([...rows].filter((r) => +dayOf(r) >= +period.from && +dayOf(r) <= +period.to));
}

/** The latest rows on or before a day: what was known then. */
export function asOfDay<T extends Dated>(rows: Iterable<T>, day: Date): T[] {
  return latest([...rows].filter((r) => +dayOf(r) <= +day));
}

/** A calendar month as a period: month 1 is January. */
export function month(year: number, monthNumber: number): Period {
  return { from: new Date(Date.UTC(year, monthNumber - 1, 1)), to: new Date(Date.UTC(year, monthNumber, 0)) };
}

/** The first and last day of rows, or undefined for none. */
export function extentOf(rows: Iterable<Dated>): Period | undefined {
  const [from, to] = extent(rows, (r) => +dayOf(r));
  return from === undefined || to === undefined ? undefined : { from: new Date(from), to: new Date(to) };
}

/** Whether a day falls within a period. */
export function within(period: Period, day: Date): boolean {
  return +day >= +period.from && +day <= +period.to;
}

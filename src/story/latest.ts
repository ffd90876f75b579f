/** The latest report of a figure as one sentence: the report itself, or the reports of that day side by side. */
import type { Names } from "../cite/names.ts";
import { andList, formatDate } from "../format/date.ts";
import { subject } from "./attribution.ts";
import { values } from "./change.ts";
import { figuresBy, type FigureRow } from "./figures.ts";
import { dayOf, latest } from "./select.ts";

/**
 * The sentence for the latest rows: when reports of the latest day differ, "Reports of
 * 6 January 2026 differ on <about>: more than 400 (…) and 422 (…)."; otherwise `one(row)`
 * for the first latest row, with ", as do two other reports of the same day" when others agree.
 * Returns undefined for no rows.
 */
export function latestSentence<T extends FigureRow>(
  rows: readonly T[],
  names: Names,
  about: string,
  one: (row: T) => { text: string; rows: T[] },
): { text: string; rows: T[] } | undefined {
  const newest = latest(rows);
  const first = newest[0];
  if (!first) return undefined;
  if (values(newest).size > 1) {
    return {
      text: `Reports of ${formatDate(dayOf(first))} differ on ${about}: ${figuresBy(newest, names)}.`,
      rows: newest,
    };
  }
  const built = one(first);
  const others = newest.slice(1);
  if (others.length === 0) return built;
  // Name who else gives it: "; the UN gives the same figure for the number killed …".
  const who = [...new Set(others.map((r) => subject(names.credit(r))))];
  const plural = who.length > 1 || others.some((r) => names.credit(r).voice?.plural);
  const also = `; ${andList(who)} ${plural ? "give" : "gives"} the same figure for ${about}.`;
  return { text: built.text.replace(/\.$/, also), rows: [...built.rows, ...others] };
}

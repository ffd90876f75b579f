/** The latest report of a figure as one sentence: the report itself, or the reports of that day side by side. */
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { countWords, noun } from "./count.ts";
import { byFigure, figuresBy, type FigureRow } from "./figures.ts";
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
  if (byFigure(newest).length > 1) {
    return {
      text: `Reports of ${formatDate(dayOf(first))} differ on ${about}: ${figuresBy(newest, names)}.`,
      rows: newest,
    };
  }
  const built = one(first);
  const others = newest.length - 1;
  if (others === 0) return built;
  const also = `; ${countWords(others, "exact", noun("other report"))} of the same day give${others === 1 ? "s" : ""} the same figure.`;
  return { text: built.text.replace(/\.$/, also), rows: [...built.rows, ...newest.slice(1)] };
}

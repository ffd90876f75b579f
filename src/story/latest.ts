/** The latest report of a figure as one sentence: the report itself, or the reports of that day side by side. */
import { greatest } from "d3-array";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { andList } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figuresBy, type FigureRow } from "./figures.ts";
import { dayOf, latest } from "./select.ts";

/**
 * The sentence for the latest rows: when reports of the latest day give different figures
 * (value or qualifier: "at least 484" is not "484"), "Reports of 6 January 2026 differ on
 * <about>: more than 400 (…) and 422 (…)."; otherwise `one(row)` for the report that says the
 * most (whose sentence uses the most rows), with "; the UN gives the same figure." when others
 * of that day agree. Returns undefined for no rows.
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
  // The report that says the most leads; of equals, the first in the tables' canonical order.
  const built = newest.map((row) => ({ row, ...one(row) }));
  const lead = greatest(built, (b) => b.rows.length) ?? built[0];
  if (!lead) return undefined;
  const others = newest.filter((r) => r !== lead.row);
  if (others.length === 0) return { text: lead.text, rows: lead.rows };
  // Name who else gives it: "; the UN gives the same figure."
  const who = [...new Set(others.map((r) => attribution(names.credit(r), "subject")))];
  const plural = who.length > 1 || others.some((r) => names.credit(r).voice?.plural);
  const also = `; ${andList(who)} ${plural ? "give" : "gives"} the same figure.`;
  return { text: lead.text.replace(/\.$/, also), rows: [...lead.rows, ...others] };
}

/** The latest report of a figure as one sentence: the report itself, or the reports of that day side by side. */
import { greatest } from "d3-array";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { andList, capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { dayFigures } from "./change.ts";
import { byFigure, figureWords, type FigureRow } from "./figures.ts";
import { figuresAgree } from "./ranges.ts";
import { dayOf, latest } from "./select.ts";

/**
 * The sentence for the latest rows. When reports of the latest day cannot all be true: "Reports
 * of 7 May 2024 differ on <about>: an estimated 128, according to AFP, or 132, according to
 * Israeli officials." Otherwise `one(row)` for the report that says the most (whose sentence uses
 * the most rows), followed by what the others of that day give: "The UN gives the same figure."
 * or "Another report that day gives 422." Undefined for no rows.
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
  if (!figuresAgree(newest)) {
    return {
      text: `Reports of ${formatDate(dayOf(first))} differ on ${about}: ${dayFigures(newest, names)}.`,
      rows: newest,
    };
  }
  // The report that says the most leads; of equals, the first in the tables' canonical order.
  const built = newest.map((row) => ({ row, ...one(row) }));
  const lead = greatest(built, (b) => b.rows.length) ?? built[0];
  if (!lead) return undefined;
  const others = newest.filter((r) => r !== lead.row);
  if (others.length === 0) return { text: lead.text, rows: lead.rows };
  return { text: `${lead.text} ${othersOfTheDay(lead.row, others, names)}`, rows: [...lead.rows, ...others] };
}

/**
 * What the other reports of the day give, beside the lead: "The UN gives the same figure." when
 * worded alike; "Palestinian health officials give 422, which the figure allows." when different
 * but both can be true (the caller has checked that they can).
 */
function othersOfTheDay(lead: FigureRow, others: readonly FigureRow[], names: Names): string {
  const label = byFigure([lead])[0]?.[0];
  const same = others.filter((r) => byFigure([r])[0]?.[0] === label);
  const other = others.filter((r) => !same.includes(r));
  const body = names.credit(lead).body?.name;
  const report = (r: FigureRow) => `${r.source}|${r.reported_by}`;
  const parts: string[] = [];
  const give = (list: readonly FigureRow[]) => {
    // Two figures of one report are that report's: "The same report also gives …".
    if (list.every((r) => report(r) === report(lead))) return "The same report also gives";
    // One name per body: another report of the lead's body is "another report that day".
    if (list.every((r) => names.credit(r).body?.name === body))
      return list.length > 1 ? "Other reports that day give" : "Another report that day gives";
    const credits = list.map((r) => names.credit(r));
    // The verb agrees with the names said, not the rows: two reports of one body are one subject.
    const said = new Set(credits.map((c) => attribution(c, "subject", { by: "body" })));
    const plural = said.size > 1 || credits.some((c) => c.voice?.plural);
    return `${capitalise(attribution(credits, "subject"))} ${plural ? "give" : "gives"}`;
  };
  if (same.length) parts.push(`${give(same)} the same figure.`);
  if (other.length)
    parts.push(
      `${give(other)} ${andList(byFigure(other).map(([, [r]]) => (r ? figureWords(r) : "")))}, which ${other.length > 1 ? "agree" : "agrees"} with it.`,
    );
  return parts.join(" ");
}

/**
 * How a reported figure moved between the first and the latest report, as a sentence that stays
 * true for any rows: one report, several reports of one day (agreeing or not, by the ranges of
 * their figures), or a change over time, with disagreements on the first or last day shown.
 */
import { max, min } from "d3-array";
import type { Names } from "../cite/names.ts";
import { formatDate, onDates } from "../format/date.ts";
import { capitalise, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figureWords, leadFigure, type FigureRow } from "./figures.ts";
import { figuresAgree } from "./ranges.ts";
import { be } from "./sentence.ts";
import { dayOf, earliest, latest } from "./select.ts";

export type ChangeKind = "single" | "agree" | "differ" | "rose" | "same" | "changed";

/** The first and latest reports of a figure and how it moved between them. */
export interface Change<T extends FigureRow> {
  kind: ChangeKind;
  first: T[];
  last: T[];
}

export function changeOf<T extends FigureRow>(rows: readonly T[]): Change<T> {
  const first = earliest(rows);
  const last = latest(rows);
  const [a, b] = [first[0], last[0]];
  if (!a || !b) throw new Error("changeOf: no rows");
  if (+dayOf(a) === +dayOf(b)) {
    if (last.length === 1) return { kind: "single", first, last };
    return { kind: figuresAgree(last) ? "agree" : "differ", first, last };
  }
  const before = max(first, (r) => r.value);
  const after = min(last, (r) => r.value);
  const rose =
    before !== undefined && after !== undefined && after > before && !last.some((r) => r.value === null);
  if (rose) return { kind: "rose", first, last };
  const same = byFigure([...first, ...last]).length === 1;
  return { kind: same ? "same" : "changed", first, last };
}

/**
 * The figures of one day as running text: the lead figure when they can all be true ("more than
 * 400"), or each with who gives it when they cannot ("an estimated 128, according to AFP, or 132,
 * according to Israeli officials").
 */
export function dayFigures(rows: readonly FigureRow[], names: Names, word?: Noun): string {
  const lead = leadFigure(rows);
  if (!lead) return "";
  // A hedged figure keeps its hedge inside the change: "to what was reportedly more than 520".
  if (figuresAgree(rows))
    return lead.hedge
      ? `what ${be("past", false, lead.hedge)} ${figureWords(lead, word)}`
      : figureWords(lead, word);
  return creditedList(
    byFigure(rows).map(
      ([, list]) =>
        `${list[0] ? figureWords(list[0], word) : ""}, ${attribution(
          list.map((r) => names.credit(r)),
          "according",
          { by: "body" },
        )}`,
    ),
  );
}

/**
 * Alternatives that each hold a comma, as AP lists them: "A, according to X, or B, according to Y";
 * three or more with semicolons: "A, according to X; B, according to Y; or C, according to Z".
 */
export function creditedList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(", or ");
  return `${items.slice(0, -1).join("; ")}; or ${items[items.length - 1] ?? ""}`;
}

/** The rows that give a day's lead figure as worded (all of them, when their figures are worded alike). */
function leadRows<T extends FigureRow>(rows: readonly T[]): T[] {
  const lead = leadFigure(rows);
  if (!lead || !figuresAgree(rows)) return [];
  const label = byFigure([lead])[0]?.[0];
  return rows.filter((r) => byFigure([r])[0]?.[0] === label);
}

/**
 * What the other reports of a day gave, when their figures differ from the lead's but can be true
 * with it: "Palestinian health officials put the figure at 422 in a report of 6 January 2026" (the report's
 * day, not the day they said it, which the article may not give). Each figure credited to its own.
 */
function othersGave(rows: readonly FigureRow[], names: Names, day: string, word?: Noun): string {
  const lead = leadRows(rows);
  if (!lead.length) return "";
  const bodies = new Set(lead.map((r) => names.credit(r).body?.name));
  return byFigure(rows.filter((r) => !lead.includes(r)))
    .map(([, list]) => {
      const first = list[0];
      if (!first) return "";
      // One name per body: another report of the body already credited is "another report".
      const same = list.every((r) => bodies.has(names.credit(r).body?.name));
      const who = same
        ? `${list.length > 1 ? "Other reports" : "Another report"} of ${day}`
        : capitalise(
            attribution(
              list.map((r) => names.credit(r)),
              "subject",
            ),
          );
      return ` ${who} put the figure at ${figureWords(first, word)}${same ? "" : ` in a report of ${day}`}.`;
    })
    .join("");
}

/**
 * "The reported death toll in Gaza rose from at least 34,789 on 7 May 2024 to more than 71,700
 * on 25 January 2026, according to the Gaza health ministry." Each figure is credited to the rows
 * that give it: figures that differ inline, agreeing figures other than the lead in a sentence of
 * their own. `what` is the measure as a noun phrase without a leading capital.
 */
export function changeSentence(rows: readonly FigureRow[], names: Names, what: string, word?: Noun): string {
  const change = changeOf(rows);
  const first = change.first[0];
  const last = change.last[0];
  if (!first || !last) throw new Error("changeSentence: no rows");
  const on = (r: FigureRow) => formatDate(dayOf(r));
  const by = (list: readonly FigureRow[]) =>
    list.length
      ? `, ${attribution(
          list.map((r) => names.credit(r)),
          "according",
        )}`
      : "";
  const extra = (list: readonly FigureRow[], r: FigureRow) => othersGave(list, names, on(r), word);
  switch (change.kind) {
    case "single":
    case "agree":
      return `${capitalise(what)} was ${dayFigures(change.last, names, word)} on ${on(last)}${by(leadRows(change.last))}.${extra(change.last, last)}`;
    case "differ":
      return `Reports of ${on(last)} differ on ${what}: ${dayFigures(change.last, names, word)}.`;
    case "same": {
      const all = [...change.first, ...change.last];
      return `${capitalise(what)} was ${figureWords(last, word)} in reports ${onDates(all.map(dayOf))}${by(all)}.`;
    }
    default: {
      const verb = change.kind === "rose" ? "rose" : "went";
      const [a, b] = [figuresAgree(change.first), figuresAgree(change.last)];
      if (a && b) {
        const ends = [...leadRows(change.first), ...leadRows(change.last)];
        return `${capitalise(what)} ${verb} from ${dayFigures(change.first, names, word)} on ${on(first)} to ${dayFigures(change.last, names, word)} on ${on(last)}${by(ends)}.${extra(change.first, first)}${extra(change.last, last)}`;
      }
      // A day whose reports cannot all be true is a sentence of its own, each figure credited, so
      // no sentence offers alternatives inside a change.
      const day = (rows: readonly FigureRow[], r: FigureRow, tense: "differ" | "differed") =>
        figuresAgree(rows)
          ? `${capitalise(what)} was ${dayFigures(rows, names, word)} on ${on(r)}${by(leadRows(rows))}.${extra(rows, r)}`
          : `Reports of ${on(r)} ${tense} on ${what}: ${dayFigures(rows, names, word)}.`;
      return `${day(change.last, last, "differ")} ${day(change.first, first, "differed")}`;
    }
  }
}

/** The rows a change sentence states: the first and the latest reports, never those between. */
export function changeRows<T extends FigureRow>(rows: readonly T[]): T[] {
  const change = changeOf(rows);
  return [...new Set([...change.first, ...change.last])];
}

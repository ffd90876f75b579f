/**
 * Headlines for a figure reported over time, true for any rows: a rise, a change, reports of one
 * day that cannot all be true, or reports that agree. Each offers shorter forms for when the data
 * makes the full one too long (src/story/fit.ts). Charts name bodies by their display names, and
 * a hedge on the figure stands before the measure ("one hostage believed held").
 */
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { capitalise, countWords, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { changeOf } from "./change.ts";
import { figureList, figureWords, leadFigure, type FigureRow } from "./figures.ts";
import { firstThatFits } from "./fit.ts";
import { figuresAgree } from "./ranges.ts";
import { dayOf } from "./select.ts";
import { be } from "./sentence.ts";

const REPORT = noun("report");

export interface MeasureWords<T extends FigureRow = FigureRow> {
  /** The measure as a participle: "killed", "held". */
  measure: string;
  /** The measure as a plural noun for "Reported … rose": "deaths", "hostage counts". */
  nouns: string;
  /** Where and since when, after the measure: "in Gaza since the ceasefire". */
  where: string;
  /** What a row counts, for a single figure: "people" → "one person". */
  who?: (row: T) => Noun;
  /** The measure after "differ on": "the number of hostages held"; default "the number <measure>". */
  about?: string;
}

/** "believed held", "reportedly killed", "killed": the measure with the hedge of its row. */
function hedged(row: FigureRow, measure: string): string {
  return row.hedge ? `${row.hedge === "said to be" ? "said to be" : row.hedge} ${measure}` : measure;
}

/** "in May 2024" and "by January 2026", or "on 6 January" and "on 25 January 2026". */
function span(a: Date, b: Date): { from: string; to: string } {
  const months = a.getUTCFullYear() !== b.getUTCFullYear() || a.getUTCMonth() !== b.getUTCMonth();
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const noYear = (s: string) => s.replace(/ \d{4}$/, "");
  if (!months) return { from: `on ${noYear(formatDate(a))}`, to: `on ${formatDate(b)}` };
  return {
    from: `in ${sameYear ? noYear(formatDate(a, "month")) : formatDate(a, "month")}`,
    to: `by ${formatDate(b, "month")}`,
  };
}

/**
 * "More than 71,700 Palestinians killed in Gaza since October 2023, the Gaza health ministry says"
 * (the latest figure, credited, before "Reported deaths in Gaza: at least 34,789 in May 2024, more
 * than 71,700 by January 2026"),
 * "Reports of 7 May 2024 differ on hostages held in Gaza: 132 or an estimated 128",
 * "At least 484 people killed in Gaza since the ceasefire, the Gaza health ministry says".
 */
export function changeHeadline<T extends FigureRow>(
  rows: readonly T[],
  names: Names,
  w: MeasureWords<T>,
): string {
  const change = changeOf(rows);
  const first = leadFigure(change.first);
  const last = leadFigure(change.last);
  if (!first || !last) throw new Error("changeHeadline: no rows");
  const b = dayOf(last);
  const about = w.about ?? `the number ${w.measure}`;
  const latestDiffer = !figuresAgree(change.last);
  const differ = [
    `${capitalise(countWords(change.last.length, "exact", REPORT))} of ${formatDate(b)} differ on ${about} ${w.where}: ${figureList(change.last, "or")}`,
    `Reports differ on ${about} ${w.where}: ${figureList(change.last, "or")}`,
  ];
  const single = capitalise(figureWords(last, w.who?.(last)));
  const credits = change.last.map((r) => names.credit(r));
  // Several figures of one report are that report's; of several reports, "reports say".
  const oneReport = new Set(change.last.map((r) => `${r.source}|${r.reported_by}`)).size === 1;
  const who = oneReport ? attribution(credits, "says", { by: "body" }) : "reports say";
  // A headline never opens with a figure: "The Gaza health ministry says 1,321 people have been
  // injured in Gaza since the ceasefire" rather than "1,321 people injured …".
  const figureFirst = /^\d/.test(single);
  const clause = `${figureWords(last, w.who?.(last))} ${be("perfect", last.value !== 1, last.hedge)} ${w.measure} ${w.where}`;
  const latestOnly = figureFirst
    ? [`${capitalise(who)} ${clause}`, `As of ${formatDate(b)}, ${clause}`]
    : [
        `${single} ${hedged(last, w.measure)} ${w.where}, ${who}`,
        `${single} ${hedged(last, w.measure)} ${w.where}, as of ${formatDate(b)}`,
      ];
  switch (change.kind) {
    case "rose":
    case "changed": {
      const { from, to } = span(dayOf(first), b);
      const verb = change.kind === "rose" ? "rose" : "went";
      // The latest figure with its credit leads: a toll in a headline says who gives it. The rise,
      // uncredited, is the fallback when the credited form is too long.
      return firstThatFits([
        ...(latestDiffer ? [] : latestOnly.slice(0, 1)),
        `Reported ${w.nouns} ${w.where} ${verb} from ${figureList(change.first, "or")} ${from} to ${figureList(change.last, "or")} ${to}`,
        `Reported ${w.nouns} ${w.where}: ${figureList(change.first, "or")} ${from}, ${figureList(change.last, "or")} ${to}`,
        ...(latestDiffer ? differ : latestOnly),
      ]);
    }
    case "differ":
      return firstThatFits(differ);
    default:
      return firstThatFits([
        ...latestOnly,
        figureFirst ? `${capitalise(who)} ${clause}` : `${single} ${hedged(last, w.measure)}`,
      ]);
  }
}

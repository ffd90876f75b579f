/**
 * Headlines for a figure reported over time, true for any rows: a rise, a change,
 * reports of one day that differ, or a single or agreeing report. Each offers shorter
 * forms for when the data makes the full one too long.
 */
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { capitalise, countWords, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { changeOf, values } from "./change.ts";
import { figureList, figureWords, type FigureRow } from "./figures.ts";
import { firstThatFits } from "./fit.ts";
import { dayOf } from "./select.ts";

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

/**
 * "Reported deaths in Gaza rose from at least 34,789 in May 2024 to more than 71,700 by January 2026",
 * "Reports of 6 January 2026 differ on the number killed in Gaza since the ceasefire: more than 400 and 422",
 * "At least 484 people killed in Gaza since the ceasefire, the Gaza health ministry says".
 */
export function changeHeadline<T extends FigureRow>(
  rows: readonly T[],
  names: Names,
  w: MeasureWords<T>,
): string {
  const change = changeOf(rows);
  const first = change.first[0];
  const last = change.last[0];
  if (!first || !last) throw new Error("changeHeadline: no rows");
  const figures = (list: readonly FigureRow[], join: "and" | "or") => figureList(list, join);
  const [a, b] = [dayOf(first), dayOf(last)];
  const about = w.about ?? `the number ${w.measure}`;
  const months = a.getUTCFullYear() !== b.getUTCFullYear() || a.getUTCMonth() !== b.getUTCMonth();
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const from = months
    ? `in ${sameYear ? formatDate(a, "month").replace(/ \d{4}$/, "") : formatDate(a, "month")}`
    : `on ${formatDate(a).replace(/ \d{4}$/, "")}`;
  const to = months ? `by ${formatDate(b, "month")}` : `on ${formatDate(b)}`;
  const single = capitalise(figureWords(last, w.who?.(last)));
  const latestDiffer = values(change.last).size > 1;
  const latestOnly = latestDiffer
    ? [
        `${capitalise(countWords(change.last.length, "exact", REPORT))} of ${formatDate(b)} differ on ${about} ${w.where}: ${figures(change.last, "and")}`,
        `Reports differ on ${about} ${w.where}: ${figures(change.last, "and")}`,
      ]
    : change.last.length === 1
      ? [
          `${single} ${w.measure} ${w.where}, ${attribution(names.credit(last), "says")}`,
          `${single} ${w.measure} ${w.where}, as of ${formatDate(b)}`,
        ]
      : [];
  switch (change.kind) {
    case "rose":
    case "changed":
      return firstThatFits([
        `Reported ${w.nouns} ${w.where} ${change.kind === "rose" ? "rose" : "went"} from ${figures(change.first, "or")} ${from} to ${figures(change.last, "or")} ${to}`,
        ...latestOnly,
        `Reported ${w.nouns} ${w.where}: ${figures(change.last, "or")} as of ${formatDate(b)}`,
      ]);
    case "differ":
      return firstThatFits([
        `${capitalise(countWords(change.last.length, "exact", REPORT))} of ${formatDate(b)} differ on ${about} ${w.where}: ${figures(change.last, "and")}`,
        `Reports differ on ${about} ${w.where}: ${figures(change.last, "and")}`,
      ]);
    default: {
      const figure = single;
      return firstThatFits([
        change.kind === "agree"
          ? `${capitalise(countWords(change.last.length, "exact", REPORT))} of ${formatDate(b)} put ${about} ${w.where} at ${figures(change.last, "and")}`
          : `${figure} ${w.measure} ${w.where}, ${attribution(names.credit(last), "says")}`,
        `${figure} ${w.measure} ${w.where}, as of ${formatDate(b)}`,
        `${figure} ${w.measure}`,
      ]);
    }
  }
}

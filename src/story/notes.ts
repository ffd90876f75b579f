/**
 * Chart notes computed from rows: reports of one day that cannot all be true, reports whose
 * different figures can (so the chart's two points are not read as a dispute), one report that
 * gives two figures, and what a report leaves out.
 */
import { groups } from "d3-array";
import { withArticle, type Credit, type Names } from "../cite/names.ts";
import { formatDate, formatDateRange } from "../format/date.ts";
import { andList, capitalise, countWords, noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import {
  figureList,
  figuresBy,
  reportsOfADay,
  type DayReports,
  type FigureRow,
  type WholeOf,
} from "./figures.ts";
import { byDate, dayOf } from "./select.ts";

/** Whether every row of a group comes from one report: one article, one reporter. */
function oneReport(rows: readonly FigureRow[]): boolean {
  return new Set(rows.map((r) => `${r.source}|${r.reported_by}`)).size === 1;
}

/**
 * One note per measure and day that has more than one figure:
 * - differ: "On 7 May 2024, reports differ on hostages held in Gaza: an estimated 128 (AFP) and
 *   132 (Israeli officials via Financial Times). Each is shown as reported."
 * - agree: "On 6 January 2026, reports give more than 400 (…) and 422 (…) killed since the
 *   ceasefire; both can be true."; parts of totals that differ (`wholeOf`): "On 7 May 2024, 36
 *   and 37 (believed) are each out of a different total, so both can be true."
 * - one report: "On 25 January 2026, one report (Gaza health ministry) gives two figures for the
 *   number killed: more than 71,700 and more than 71,720."
 * `about` names the measure of a row: "the number killed".
 */
export function figureNotes<T extends FigureRow>(
  rows: readonly T[],
  names: Names,
  about: (row: T) => string,
  wholeOf?: WholeOf<T>,
): string[] {
  return reportsOfADay(rows, about, wholeOf).map((g) => dayNote(g, names));
}

function dayNote<T extends FigureRow>(g: DayReports<T>, names: Names): string {
  const on = `On ${formatDate(g.day)}`;
  if (oneReport(g.rows)) {
    const first = g.rows[0];
    const who = first ? attribution(names.credit(first), "name") : "";
    const n = countWords(new Set(g.rows.map((r) => r.value)).size, "exact", noun("figure"));
    return `${on}, one report (${who}) gives ${n} for ${g.key}: ${figureList(g.rows, "and", 4, true)}.`;
  }
  // Reports of one body need no brackets to tell them apart: "two reports give more than 400 and 422".
  const bodies = new Set(g.rows.map((r) => attribution(names.credit(r), "name")));
  const figures =
    bodies.size > 1
      ? figuresBy(g.rows, names, { max: 4, compact: true })
      : figureList(g.rows, "and", 4, true);
  const reports = bodies.size > 1 ? "reports" : countWords(g.rows.length, "exact", noun("report"));
  if (!g.agree) return `${on}, ${reports} differ on ${g.key}: ${figures}. Each is shown as reported.`;
  const both = g.rows.length === 2 ? "both" : "all";
  if (g.ofDifferentTotals)
    return `${on}, ${figureList(g.rows, "and", 4, true)} are each out of a different total, so ${both} can be true.`;
  return `${on}, ${reports} give ${figures} for ${g.key}; ${both} can be true.`;
}

/**
 * "AFP's report of 7 May 2024 citing the Gaza health ministry gives no injured figure." for each
 * report (rows of one day, reporter and article) that lacks a measure other reports give. More
 * than two reports lacking the same measures share one short note with their count and span:
 * "Three reports, 6 to 15 January 2026, give no killed figure."
 */
export function missingNotes<T extends FigureRow & { measure: string }>(
  rows: readonly T[],
  names: Names,
): string[] {
  const measures = [...new Set(rows.map((r) => r.measure))];
  if (measures.length < 2) return [];
  const reports = groups(byDate(rows), (r) => `${+dayOf(r)}|${r.reported_by}|${r.source}`).flatMap(
    ([, group]) => {
      const first = group[0];
      const missing = measures.filter((m) => !group.some((r) => r.measure === m));
      return first && missing.length
        ? [
            {
              missing: andList(missing),
              day: dayOf(first),
              report: reportOf(names.credit(first), dayOf(first)),
            },
          ]
        : [];
    },
  );
  return groups(reports, (r) => r.missing).flatMap(([missing, list]) => {
    if (list.length <= 2) return list.map((r) => `${r.report} gives no ${missing} figure.`);
    // More than two: their count and span, short enough for a note; each is in the chart and its data.
    const reports = countWords(list.length, "exact", noun("report"));
    const span = formatDateRange(list[0]?.day ?? new Date(0), list[list.length - 1]?.day ?? new Date(0));
    // A count of 10 or more is a figure, which never opens a sentence.
    return [
      /^\d/.test(reports)
        ? `No ${missing} figure is given in ${reports}, ${span}.`
        : `${capitalise(reports)}, ${span}, give no ${missing} figure.`,
    ];
  });
}

/**
 * A report named by the article that carries it, and who it cites, so that another report of the
 * same day is not read into it and no body is said to have issued a report the sources do not
 * have: "AFP's report of 7 May 2024 citing the Gaza health ministry", "The Financial Times'
 * report of …", "A news report of 6 January 2026 citing Palestinian health officials".
 */
function reportOf(credit: Credit, day: Date): string {
  const outlet = credit.publisher ? withArticle(credit.publisher, credit.publisher.display) : null;
  const report = outlet
    ? `${capitalise(outlet.endsWith("s") ? `${outlet}'` : `${outlet}'s`)} report of ${formatDate(day)}`
    : `A news report of ${formatDate(day)}`;
  return credit.unattributed || !credit.voice
    ? report
    : `${report} citing ${attribution(credit, "subject", { by: "body" })}`;
}

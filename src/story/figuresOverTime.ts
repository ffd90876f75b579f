/**
 * Recipe: reported figures over time. One point per report on a time axis, never joined into a
 * series, with the headline worked out from the rows (a rise, reports that differ, one report),
 * notes on reports of one day (differing, agreeing, or two figures from one report) and on what a
 * report leaves out. The notebook chooses the rows and gives the words.
 */
import type { Names } from "../cite/names.ts";
import type { ChartRecipe, ChartRow, LegendItem } from "../chart.ts";
import { formatDate, formatDateRange } from "../format/date.ts";
import { reportsAlt } from "../forms/altText.ts";
import { reportsOverTime, type SeriesStyle, type TimePoint } from "../forms/reportsOverTime.ts";
import { andList, capitalise, countWords, noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { figureLabel, type FigureRow } from "./figures.ts";
import { changeHeadline, type MeasureWords } from "./headlines.ts";
import { figureNotes, missingNotes } from "./notes.ts";
import { byDate, extentOf } from "./select.ts";

export interface OverTimeWords<T extends FigureRow> {
  /** The words of the headline's measure (src/story/headlines.ts). */
  headline: MeasureWords<T>;
  /** What is measured, before the period: "People killed and injured in Gaza since October 2023". */
  subtitle: string;
  /** The measure of a row in a note: "the number killed". */
  about: (row: T) => string;
  /** The series of each row and how each series is drawn. */
  series: Record<string, SeriesStyle>;
  /** Which rows the headline is about (the measure that leads); the rest are drawn beside them. */
  lead: (row: T) => boolean;
  /**
   * Rows of a measure the headline does not need, given in a note rather than on the lead's axis
   * (so a larger measure does not squash the lead's points). Default: none.
   */
  aside?: (row: T) => boolean;
}

/** The chart for reported figures over time; `rows` are the rows the notebook chose. */
export function figuresOverTime<T extends FigureRow & ChartRow & { measure: string; as_of: Date }>(
  rows: readonly T[],
  names: Names,
  w: OverTimeWords<T>,
): ChartRecipe<T> {
  const sorted = byDate(rows);
  const lead = sorted.filter(w.lead);
  const span = extentOf(sorted);
  const period = span ? formatDateRange(span.from, span.to) : "";
  const aside = w.aside ?? (() => false);
  const drawn = sorted.filter((r) => !aside(r));
  const measures = [...new Set(drawn.map((r) => r.measure))];
  const points = sorted.map((r) => ({
    date: r.as_of,
    value: r.value ?? 0,
    series: r.measure,
    label: figureLabel(r, { compact: true }),
    who: attribution(names.credit(r), "label"),
  }));
  // One measure drawn needs no key: the subtitle names it ("People killed in Gaza").
  const legend: LegendItem[] =
    measures.length > 1 ? measures.flatMap((m) => (w.series[m] ? [w.series[m]] : [])) : [];
  // The rows kept off the axis, said in the notes and, after the points drawn, in the alt text.
  const offAxis = asideNotes(
    sorted.filter((r) => aside(r)),
    names,
  );
  return {
    headline: changeHeadline(lead.length ? lead : sorted, names, w.headline),
    subtitle: `${w.subtitle}, as given in each report, ${period.includes(" to ") ? period : `on ${period}`}`,
    // Alt text names who gave each figure as running text does ("news report", "Gaza health
    // ministry"), the points drawn only, then the figures kept off the axis as the notes say them.
    alt: [
      reportsAlt(
        sorted.flatMap((r, i) =>
          drawn.includes(r) ? [{ ...points[i], who: attribution(names.credit(r), "name") } as TimePoint] : [],
        ),
        (m) => m,
      ),
      ...offAxis,
    ].join(" "),
    notes: [
      "Each point is one report, with its own source and wording; reports are not joined into a series.",
      ...missingNotes(sorted, names),
      ...figureNotes(sorted, names, w.about),
      ...offAxis,
    ],
    legend,
    rows: sorted,
    plot: reportsOverTime(
      points.filter((_, i) => drawn.includes(sorted[i] as T)),
      w.series,
    ),
  };
}

/** An aside note lists this many reports of a measure at most; beyond, their count and the latest. */
const ASIDE_LISTED = 2;

/**
 * The rows kept off the axis, one note per measure: "Injured, not drawn on this axis: more than
 * 171,000 (news report, 6 January 2026); more than 171,000 (Gaza health authorities, 25 January 2026)."
 */
function asideNotes<T extends FigureRow & ChartRow & { measure: string; as_of: Date }>(
  rows: readonly T[],
  names: Names,
): string[] {
  const report = (r: T) =>
    `${figureLabel(r)} (${attribution(names.credit(r), "name")}, ${formatDate(r.as_of)})`;
  return [...new Set(rows.map((r) => r.measure))].map((m) => {
    const of = rows.filter((r) => r.measure === m);
    if (of.length <= ASIDE_LISTED)
      return `${capitalise(m)}, not drawn on this axis: ${of.map(report).join("; ")}.`;
    // Many reports: their count and the latest day's, so the note stays a sentence.
    const last = of[of.length - 1]?.as_of;
    const latest = of.filter((r) => +r.as_of === +(last ?? 0)).slice(0, ASIDE_LISTED);
    return `${capitalise(m)}, not drawn on this axis: ${countWords(of.length, "exact", noun("report"))}, the latest ${latest.map(report).join("; ")}.`;
  });
}

/** "killed and injured": the measures rows give, in the order of `order`. */
export function measuresOf(rows: readonly { measure: string }[], order: readonly string[]): string {
  return andList(order.filter((m) => rows.some((r) => r.measure === m)));
}

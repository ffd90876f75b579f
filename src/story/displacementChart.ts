/**
 * Recipe: people sheltering and displaced in a period. The measure the headline is about is drawn,
 * one group per place, the headline's rows in focus and first; another measure (displaced, when the
 * headline counts people sheltering) is not put on the same axis: a note gives its figures, as
 * worded, with who gives them, so "a different measure" is true of the chart.
 */
import type { ChartRecipe, ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import type { Humanitarian } from "../data/schema.ts";
import { formatDate } from "../format/date.ts";
import { andList, capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { figureLabel } from "./figures.ts";
import { figuresSideBySide } from "./figuresSideBySide.ts";
import { displacementHeadline, displacementSubtitle } from "./humanitarian.ts";
import { byDate, extentOf, latest } from "./select.ts";
import { crossingColor } from "../style/index.ts";
import { focusFirst } from "../forms/focus.ts";

type Row = Humanitarian & ChartRow;

/** The rows the headline is about (displacementHeadline's): the latest sheltering in Rafah, else sheltering, else all. */
export function headlineRows<T extends Humanitarian>(rows: readonly T[]): T[] {
  const sheltering = rows.filter((r) => r.measure === "sheltering");
  const rafah = sheltering.filter((r) => r.place === "Rafah");
  return latest(rafah.length ? rafah : sheltering.length ? sheltering : rows);
}

/** "more than 1m displaced Palestinians in Rafah (Financial Times, 7 May 2024)". */
function figureInWords(r: Row, names: Names): string {
  const figure = figureLabel(r, { compact: true });
  return `${figure} ${r.who ?? "people"} in ${r.place} (${attribution(names.credit(r), "name")}, ${formatDate(r.as_of)})`;
}

/** The chart: the headline's measure by place, and the other measures' figures in a note. */
export function displacementChart(rows: readonly Row[], names: Names): ChartRecipe<Row> {
  const lead = headlineRows(rows);
  const measure = lead[0]?.measure;
  const drawn = rows.filter((r) => r.measure === measure);
  const other = byDate(rows.filter((r) => r.measure !== measure));
  const span = extentOf(drawn);
  const on = span && +span.from === +span.to ? `on ${formatDate(span.from)}` : "in May 2024";
  const doing = (m: string) => (m === "sheltering" ? "people sheltering" : "displaced people");
  const note = other.length
    ? `${capitalise(andList([...new Set(other.map((r) => doing(r.measure)))]))}, a different measure, not drawn: ${andList(other.map((r) => figureInWords(r, names)))}.`
    : undefined;
  const chart = figuresSideBySide(drawn, names, {
    headline: displacementHeadline(rows, names),
    // The places in the bars' order: the headline's first.
    subtitle: `${displacementSubtitle(focusFirst(drawn, (r) => lead.includes(r)))}, as reported ${on}`,
    group: (r) =>
      r.measure === "sheltering"
        ? `Sheltering in ${r.place}`
        : `${capitalise(r.who ?? "people")} in ${r.place}`,
    about: (r) => `people ${r.measure} in ${r.place}`,
    focus: (r) => lead.includes(r),
    // Rafah keeps the story's teal; another place, the accent.
    color: (r) => crossingColor(r.place.toLowerCase()),
  });
  return {
    ...chart,
    alt: note ? `${chart.alt} ${note}` : chart.alt,
    notes: [...(chart.notes ?? []), ...(note ? [note] : [])],
    rows: byDate(rows),
  };
}

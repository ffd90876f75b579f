/**
 * Recipe: reported figures side by side. One group per measure, one bar (or dot) per report,
 * each labelled with who gave it and its figure as worded (hedge included), with notes where
 * reports of one day differ or agree. The notebook chooses the rows and gives the words, the rows
 * its headline is about (`focus`) and the form: bars from zero for magnitudes, or dots with the
 * range between them when the difference between reports is the point.
 */
import type { ChartRecipe, ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { barsAlt, rangeAlt } from "../forms/altText.ts";
import { barRows, type BarGroup } from "../forms/barRows.ts";
import { focusFirst } from "../forms/focus.ts";
import { rangeDots, type RangeGroup } from "../forms/rangeDots.ts";
import { figureIn, numberStyle, type NumberStyle } from "../style/index.ts";
import { attribution } from "./attribution.ts";
import { figureLabel, reportsOfADay, type FigureRow, type WholeOf } from "./figures.ts";
import { figureNotes } from "./notes.ts";
import { byDate, dayOf } from "./select.ts";

export interface SideBySideWords<T> {
  /** The headline, worked out by the notebook from the rows it is about. */
  headline: string;
  subtitle: string;
  /** The group a row belongs to, as its title: "Hostages held in Gaza". Groups keep the order of the rows as given (the focused first). */
  group: (row: T) => string;
  /** The measure of a row in a note: "hostages held in Gaza". */
  about: (row: T) => string;
  /** Notes of the notebook's own, after the computed ones. */
  notes?: string[];
  /** The total a row is a part of in its own report: parts of totals that differ do not disagree. */
  wholeOf?: WholeOf<T>;
  /**
   * The rows the headline is about: their groups come first, in the accent colour; the rest recede.
   * Default: every row (nothing recedes).
   */
  focus?: (row: T) => boolean;
  /** A row's colour in focus when its subject has one (Rafah's teal); default the accent. */
  color?: (row: T) => string | undefined;
  /**
   * "bars": bars from zero, one per report (barRows). "range": dots on an axis that is not from zero, with
   * the range between them, one panel per group (rangeDots). Default "bars".
   */
  form?: "bars" | "range";
}

/** A bar's figure in the chart's number style, hedge and all: "an estimated 128", "37 (believed)", "1.4m". */
function barText(row: FigureRow, style: NumberStyle): string {
  if (row.value === null) return "All; the report gives no number";
  const figure =
    style === "millions" ? figureIn(style, row.value, row.qualifier) : figureLabel(row, { hedge: false });
  return row.hedge ? `${figure} (${row.hedge})` : figure;
}

/**
 * The groups as dots: each figure as worded, and who gives it without the date when the subtitle's one
 * day covers them all (the label's date otherwise).
 */
function rangeGroups(
  groups: readonly BarGroup[],
  whos: readonly { label: string; text: string }[][],
  together: (title: string) => boolean,
): RangeGroup[] {
  return groups.map((g, i) => ({
    title: g.title,
    focus: g.bars.some((b) => b.focus !== false),
    ...(together(g.title) ? { range: false } : {}),
    dots: g.bars.map((b, j) => {
      const who = whos[i]?.[j];
      return { value: b.value, text: b.text, who: who?.label ?? b.label, whoInText: who?.text ?? b.who };
    }),
  }));
}

/** The bars chart for figures side by side; `rows` are the rows the notebook chose. */
export function figuresSideBySide<T extends FigureRow & ChartRow>(
  rows: readonly T[],
  names: Names,
  w: SideBySideWords<T>,
): ChartRecipe<T> {
  const sorted = byDate(rows);
  const focus = w.focus ?? (() => true);
  // One number style for the axis and the labels: all in millions, or all in full.
  const style = numberStyle(sorted.map((r) => r.value));
  const titles = focusFirst([...new Set(rows.map(w.group))], (t) =>
    sorted.some((r) => w.group(r) === t && focus(r)),
  );
  const rowsOf = (title: string) =>
    focusFirst(
      sorted.filter((r) => w.group(r) === title),
      focus,
    );
  const oneDay = new Set(sorted.map((r) => +dayOf(r))).size === 1;
  // A label leaves out the date the subtitle gives (on one day, the subtitle gives it for the dots).
  const given = (r: T) => new RegExp(`(^|\\D)${formatDate(dayOf(r))}($|\\D)`).test(w.subtitle);
  const dateOf = (r: T) => (given(r) ? "" : `, ${formatDate(dayOf(r))}`);
  const whos = titles.map((t) =>
    rowsOf(t).map((r) => {
      const date = oneDay ? "" : dateOf(r);
      return {
        label: `${attribution(names.credit(r), "label")}${date}`,
        text: `${attribution(names.credit(r), "name")}${date}`,
      };
    }),
  );
  const groups: BarGroup[] = titles.map((title) => ({
    title,
    bars: rowsOf(title).map((r) => ({
      label: `${attribution(names.credit(r), "label")}${dateOf(r)}`,
      who: `${attribution(names.credit(r), "name")}, ${formatDate(dayOf(r))}`,
      value: r.value,
      text: barText(r, style),
      focus: focus(r),
      color: w.color?.(r),
    })),
  }));
  // Parts of totals that differ can all be true: no range bar between them (reportsOfADay).
  const together = (title: string) =>
    reportsOfADay(rowsOf(title), () => title, w.wholeOf).some((g) => g.ofDifferentTotals);
  const range = w.form === "range" ? rangeGroups(groups, whos, together) : undefined;
  return {
    headline: w.headline,
    subtitle: w.subtitle,
    alt: range ? rangeAlt(range) : barsAlt(groups),
    notes: [...figureNotes(sorted, names, w.about, w.wholeOf), ...(w.notes ?? [])],
    rows: sorted,
    plot: w.form === "range" ? rangeDots(range ?? [], { numberStyle: style }) : barRows(groups, style),
  };
}

/**
 * Recipe: reported figures side by side. One group of bars per measure, one bar per report,
 * each labelled with who gave it and its figure as worded (hedge included), with notes where
 * reports of one day differ or agree. The notebook chooses the rows and gives the words.
 */
import type { ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { barsAlt } from "../forms/altText.ts";
import { barRows, type BarGroup } from "../forms/barRows.ts";
import { figureIn, numberStyle, type NumberStyle } from "../style/index.ts";
import { attribution } from "./attribution.ts";
import { figureLabel, type FigureRow } from "./figures.ts";
import { figureNotes } from "./notes.ts";
import { byDate, dayOf } from "./select.ts";

export interface SideBySideWords<T> {
  /** The headline, worked out by the notebook from the rows it is about. */
  headline: string;
  subtitle: string;
  /** The group a row belongs to, as its title: "Hostages held in Gaza". Groups keep the rows' date order. */
  group: (row: T) => string;
  /** The measure of a row in a note: "hostages held in Gaza". */
  about: (row: T) => string;
  /** Notes of the notebook's own, after the computed ones. */
  notes?: string[];
}

/** A bar's figure in the chart's number style, hedge and all: "an estimated 128", "37 (believed)", "1.4m". */
function barText(row: FigureRow, style: NumberStyle): string {
  if (row.value === null) return "All; the report gives no number";
  const figure =
    style === "millions" ? figureIn(style, row.value, row.qualifier) : figureLabel(row, { hedge: false });
  return row.hedge ? `${figure} (${row.hedge})` : figure;
}

/** The bars chart for figures side by side; `rows` are the rows the notebook chose. */
export function figuresSideBySide<T extends FigureRow & ChartRow>(
  rows: readonly T[],
  names: Names,
  w: SideBySideWords<T>,
) {
  const sorted = byDate(rows);
  // One number style for the axis and the labels: all in millions, or all in full.
  const style = numberStyle(sorted.map((r) => r.value));
  const titles = [...new Set(sorted.map(w.group))];
  const groups: BarGroup[] = titles.map((title) => ({
    title,
    bars: sorted
      .filter((r) => w.group(r) === title)
      .map((r) => ({
        label: `${attribution(names.credit(r), "label")}, ${formatDate(dayOf(r))}`,
        who: `${attribution(names.credit(r), "name")}, ${formatDate(dayOf(r))}`,
        value: r.value,
        text: barText(r, style),
      })),
  }));
  return {
    headline: w.headline,
    subtitle: w.subtitle,
    alt: barsAlt(groups),
    notes: [...figureNotes(sorted, names, w.about), ...(w.notes ?? [])],
    rows: sorted,
    plot: barRows(groups, style),
  };
}

/**
 * Reported figures in words, each with its qualifier, its hedge and who gives it; and reports of
 * one day grouped by whether they can all be true (src/story/ranges.ts), never by whether they are
 * worded alike: "more than 400" and "422" agree, "an estimated 128" and "132" differ.
 */
import { ascending, groups, least } from "d3-array";
import type { CitedRow, Names } from "../cite/names.ts";
import type { Hedge } from "../data/schema.ts";
import { qualified, type Qualifier } from "../format/qualifier.ts";
import { andList, countWords, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { figuresAgree, rangeOf } from "./ranges.ts";
import { byDate, dayOf, type Dated } from "./select.ts";

/** A row that carries a reported figure, with the hedge its source puts on it. */
export type FigureRow = CitedRow &
  Dated & { value: number | null; qualifier: Qualifier | "all"; hedge?: Hedge | null };

/**
 * A figure as a label or axis would write it, its hedge in brackets: "at least 34,789",
 * "an estimated 128", "1.4m", "37 (believed)", "up to 2,000 (reportedly)".
 */
export function figureLabel(row: FigureRow, options: { compact?: boolean; hedge?: boolean } = {}): string {
  const figure = qualified(row.value, row.qualifier, options);
  return row.hedge && options.hedge !== false ? `${figure} (${row.hedge})` : figure;
}

/** A figure in running text, without its hedge (the verb carries it): "at least 484 people", "one hostage". */
export function figureWords(row: FigureRow, word?: Noun, options: { compact?: boolean } = {}): string {
  return countWords(row.value, row.qualifier, word, options);
}

/** Rows grouped by their figure as worded, hedge included, smallest first ("all", with no number, last). */
export function byFigure<T extends FigureRow>(rows: readonly T[]): [string, T[]][] {
  return groups(byDate(rows), (r) => figureLabel(r)).sort(
    ([fa, a], [fb, b]) => ascending(a[0]?.value ?? Infinity, b[0]?.value ?? Infinity) || ascending(fa, fb),
  );
}

/** Reports of one measure on one day: whether their figures can all be true, and the rows. */
export interface DayReports<T> {
  key: string;
  day: Date;
  rows: T[];
  /** Their ranges share a value: "more than 400" and "422". Different figures that agree are not a dispute. */
  agree: boolean;
  /**
   * Each figure is a part of its own report's total, and the totals differ: "36 of an estimated
   * 128" and "37 of 132" dead can both be true, so they agree.
   */
  ofDifferentTotals: boolean;
}

/**
 * The total a row's figure is a part of, in its own report ("those of them dead" of the hostages
 * held), when it has one.
 */
export type WholeOf<T> = (row: T) => FigureRow | undefined;

/**
 * Reports of one day that give more than one figure: rows grouped by `key` (what they measure) and
 * day, in date order, each group marked agreeing or differing by the ranges of its figures.
 */
export function reportsOfADay<T extends FigureRow>(
  rows: readonly T[],
  key: (row: T) => string,
  wholeOf?: WholeOf<T>,
): DayReports<T>[] {
  return groups(byDate(rows), key, (r) => +dayOf(r)).flatMap(([k, days]) =>
    days
      .filter(([, list]) => byFigure(list).length > 1)
      .map(([day, list]) => {
        const ofDifferentTotals = differentTotals(list, wholeOf);
        return {
          key: k,
          day: new Date(day),
          rows: list,
          agree: ofDifferentTotals || figuresAgree(list),
          ofDifferentTotals,
        };
      }),
  );
}

/** Whether every row is a part of a total in its own report, and those totals cannot all be one. */
function differentTotals<T extends FigureRow>(rows: readonly T[], wholeOf: WholeOf<T> | undefined): boolean {
  if (!wholeOf) return false;
  const wholes = rows.map(wholeOf);
  const known = wholes.filter((w): w is FigureRow => w !== undefined);
  return known.length === rows.length && !figuresAgree(known);
}

/** Reports of one day that cannot all be true. */
export function differingReports<T extends FigureRow>(
  rows: readonly T[],
  key: (row: T) => string,
  wholeOf?: WholeOf<T>,
): DayReports<T>[] {
  return reportsOfADay(rows, key, wholeOf).filter((g) => !g.agree);
}

/**
 * The figure that leads agreeing reports: the one whose range holds the others ("more than 400"
 * holds "422"), else the first. The others refine it, and are told beside it.
 */
export function leadFigure<T extends FigureRow>(rows: readonly T[]): T | undefined {
  const width = (r: T) => {
    const range = rangeOf(r.value, r.qualifier);
    return range.hi - range.lo;
  };
  return least(byDate(rows), (a, b) => ascending(-width(a), -width(b)));
}

/**
 * Each distinct figure once, with who gives it in brackets, for chart notes: "an estimated 128
 * (AFP) and 132 (Israeli officials via Financial Times)". Bodies by their display names.
 */
export function figuresBy(
  rows: readonly FigureRow[],
  names: Names,
  options: { join?: "and" | "or"; compact?: boolean; max?: number } = {},
): string {
  const figures = byFigure(rows);
  if (options.max !== undefined && figures.length > options.max)
    return figureRange(figures.map(([, [r]]) => r));
  const parts = figures.flatMap(([, list]) => {
    const first = list[0];
    if (!first) return [];
    const who = attribution(
      list.map((r) => names.credit(r)),
      "name",
    );
    const figure = figureLabel(first, { compact: options.compact, hedge: false });
    return [`${figure} (${first.hedge ? `${first.hedge}; ` : ""}${who})`];
  });
  return andList(parts, options.join ?? "and");
}

/**
 * Many different figures in a few words: "29 figures, from 120 to 147". Each figure is still in
 * the chart and its description; this is for headlines and notes that would otherwise list them all.
 */
function figureRange(rows: readonly (FigureRow | undefined)[]): string {
  const list = rows.filter((r): r is FigureRow => r !== undefined);
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) return "";
  return `${countWords(list.length, "exact", noun("figure"))}, from ${figureLabel(first)} to ${figureLabel(last)}`;
}

/** Distinct figures as labels, or their range when there are more than `max`: "132 and an estimated 128". */
export function figureList(rows: readonly FigureRow[], join: "and" | "or", max = 3, compact = false): string {
  const byValue = byFigure(rows);
  if (byValue.length > max) return figureRange(byValue.map(([, [r]]) => r));
  // Exact figures before qualified ones, so a qualifier is not read across the list: "132 and an
  // estimated 128", not "an estimated 128 and 132".
  const exact = (r: FigureRow | undefined) => !r || r.qualifier === "exact";
  const figures = [...byValue.filter(([, [r]]) => exact(r)), ...byValue.filter(([, [r]]) => !exact(r))];
  return andList(
    figures.map(([f, [r]]) => (r ? figureLabel(r, { compact }) : f)),
    join,
  );
}

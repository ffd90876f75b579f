/**
 * Reported figures in words, each with who gives it: one figure per distinct wording,
 * so agreeing reports are named together and disagreeing ones side by side.
 */
import { ascending, groups } from "d3-array";
import type { CitedRow, Names } from "../cite/names.ts";
import { qualified, type Qualifier } from "../format/qualifier.ts";
import { andList, countWords, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byDate, dayOf, type Dated } from "./select.ts";

/** A row that carries a reported figure. */
export type FigureRow = CitedRow & Dated & { value: number | null; qualifier: Qualifier | "all" };

/** A figure as a label or axis would write it: "at least 34,789", "an estimated 128", "1.4m". */
export function figureLabel(row: FigureRow, options: { compact?: boolean } = {}): string {
  return qualified(row.value, row.qualifier, options);
}

/** A figure in running text: "at least 484 people", "one hostage", "no hostages". */
export function figureWords(row: FigureRow, word?: Noun, options: { compact?: boolean } = {}): string {
  return countWords(row.value, row.qualifier, word, options);
}

/** Rows grouped by their figure as worded, smallest figure first ("all", with no number, last). */
export function byFigure<T extends FigureRow>(rows: readonly T[]): [string, T[]][] {
  return groups(byDate(rows), (r) => figureLabel(r)).sort(
    ([fa, a], [fb, b]) => ascending(a[0]?.value ?? Infinity, b[0]?.value ?? Infinity) || ascending(fa, fb),
  );
}

/**
 * Reports of one day that differ: rows grouped by `key` (what they measure) and by day, in date
 * order, keeping each group whose reports give more than one figure (as worded). The same figure
 * from several reporters is agreement, not a difference.
 */
export function differingReports<T extends FigureRow>(
  rows: readonly T[],
  key: (row: T) => string,
): { key: string; day: Date; rows: T[] }[] {
  return groups(byDate(rows), key, (r) => +dayOf(r)).flatMap(([k, days]) =>
    days
      .filter(([, list]) => byFigure(list).length > 1)
      .map(([day, list]) => ({ key: k, day: new Date(day), rows: list })),
  );
}

/**
 * Each distinct figure once, with who gives it: "more than 400 (Gaza health ministry) or
 * 422 (Palestinian health officials)"; agreeing reports share one figure: "one (Hamas and
 * Israeli prime minister Binyamin Netanyahu)". `join` is "and" for listings, "or" for alternatives.
 */
export function figuresBy(
  rows: readonly FigureRow[],
  names: Names,
  options: { noun?: Noun; join?: "and" | "or"; compact?: boolean; max?: number } = {},
): string {
  const figures = byFigure(rows);
  if (options.max !== undefined && figures.length > options.max)
    return figureRange(figures.map(([, [r]]) => r));
  const parts = figures.map(([, list]) => {
    const first = list[0];
    if (!first) return "";
    const credits = list.map((r) => names.credit(r));
    const who = attribution(credits, "given");
    return `${figureWords(first, options.noun, options)} (${who})`;
  });
  if (options.join === "or" && parts.length > 1) {
    return `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}`;
  }
  return andList(parts);
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

/** Distinct figures as labels, or their range when there are more than `max`: "an estimated 128 and 132". */
export function figureList(rows: readonly FigureRow[], join: "and" | "or", max = 3, compact = false): string {
  const figures = byFigure(rows);
  if (figures.length > max) return figureRange(figures.map(([, [r]]) => r));
  return andList(
    figures.map(([f, [r]]) => (r ? figureLabel(r, { compact }) : f)),
    join,
  );
}

/** Chart notes computed from rows: where reports of one day differ, and what a report leaves out. */
import { groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import { andList, formatDate } from "../format/date.ts";
import { creditLabel } from "./attribution.ts";
import { byFigure, figuresBy, type FigureRow } from "./figures.ts";
import { byDate, dayOf } from "./select.ts";

/**
 * "On 6 January 2026, reports differ on the number killed: more than 400 (Gaza health ministry)
 * and 422 (Palestinian health officials). Each is shown as reported." — one note per measure and day.
 * `about` names the measure of a row: "the number killed".
 */
export function differNotes<T extends FigureRow>(
  rows: readonly T[],
  names: Names,
  about: (row: T) => string,
): string[] {
  return groups(byDate(rows), about, (r) => +dayOf(r)).flatMap(([what, days]) =>
    days
      .filter(([, list]) => byFigure(list).length > 1)
      .map(
        ([day, list]) =>
          `On ${formatDate(new Date(day))}, reports differ on ${what}: ${figuresBy(list, names, { max: 4 })}. Each is shown as reported.`,
      ),
  );
}

/**
 * "The report of 7 May 2024 (Gaza health ministry via AFP) gives no injured figure." for each
 * report (rows of one day, reporter and article) that lacks a measure other reports give.
 */
export function missingNotes<T extends FigureRow & { measure: string }>(
  rows: readonly T[],
  names: Names,
): string[] {
  const measures = [...new Set(rows.map((r) => r.measure))];
  if (measures.length < 2) return [];
  return groups(byDate(rows), (r) => `${+dayOf(r)}|${r.reported_by}|${r.source}`).flatMap(([, group]) => {
    const first = group[0];
    const missing = measures.filter((m) => !group.some((r) => r.measure === m));
    return first && missing.length
      ? [
          `The report of ${formatDate(dayOf(first))} (${creditLabel(names.credit(first), { capital: false })}) gives no ${andList(missing)} figure.`,
        ]
      : [];
  });
}

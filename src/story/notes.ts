/** Chart notes computed from rows: where reports of one day differ, and what a report leaves out. */
import { groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { andList, capitalise, countWords, noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { differingReports, figuresBy, type FigureRow } from "./figures.ts";
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
  return differingReports(rows, about).map(
    ({ key: what, day, rows: list }) =>
      `On ${formatDate(day)}, reports differ on ${what}: ${figuresBy(list, names, { max: 4, compact: true })}. Each is shown as reported.`,
  );
}

/**
 * "The report of 7 May 2024 (Gaza health ministry via AFP) gives no injured figure." for each
 * report (rows of one day, reporter and article) that lacks a measure other reports give. More
 * than two reports lacking the same measures share one note, listing at most `max`:
 * "Three reports give no injured figure: 7 May 2024 (UN via AFP), … and 25 January 2026 (Reuters)."
 */
export function missingNotes<T extends FigureRow & { measure: string }>(
  rows: readonly T[],
  names: Names,
  options: { max?: number } = {},
): string[] {
  const max = options.max ?? 4;
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
              label: `${formatDate(dayOf(first))} (${attribution(names.credit(first), "name")})`,
            },
          ]
        : [];
    },
  );
  return groups(reports, (r) => r.missing).flatMap(([missing, list]) => {
    if (list.length <= 2) return list.map((r) => `The report of ${r.label} gives no ${missing} figure.`);
    const shown = list.slice(0, max).map((r) => r.label);
    const rest = list.length - shown.length;
    return [
      `${capitalise(countWords(list.length, "exact", noun("report")))} give no ${missing} figure: ${rest ? `${shown.join(", ")} and ${countWords(rest, "exact", noun("other"))}` : andList(shown)}.`,
    ];
  });
}

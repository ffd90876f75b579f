/** Disagreements: reporters who give different figures for the same measure and day, listed side by side. */
import type { ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { attribution } from "../story/attribution.ts";
import { differingReports, figureLabel, type FigureRow, type WholeOf } from "../story/figures.ts";
import type { Disagreement } from "./types.ts";

/**
 * A disagreement for each measure (`key`) and day whose reporters give different figures
 * (differingReports). The same figure from several reporters is agreement, not listed.
 */
export function findDisagreements<R extends FigureRow & ChartRow>(
  rows: readonly R[],
  key: (row: R) => string,
  topic: (row: R) => string,
  names: Names,
  wholeOf?: WholeOf<R>,
): Disagreement[] {
  return differingReports(rows, key, wholeOf).flatMap(({ rows: group }) => {
    const first = group[0];
    return first
      ? [
          {
            topic: topic(first),
            reports: group.map((row) => ({
              figure: figureLabel(row),
              by: attribution(names.credit(row), "label"),
              row,
            })),
          },
        ]
      : [];
  });
}

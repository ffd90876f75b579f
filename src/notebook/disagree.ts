/** Disagreements: reporters who give different figures for the same measure and day, listed side by side. */
import { groups } from "d3-array";
import type { ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { creditLabel } from "../story/attribution.ts";
import { byFigure, figureLabel, type FigureRow } from "../story/figures.ts";
import { byDate, dayOf } from "../story/select.ts";
import type { Disagreement } from "./types.ts";

/**
 * Groups rows by `key` and day, and returns a disagreement for each group where reporters
 * give different figures. The same figure from several reporters is agreement, not listed.
 */
export function findDisagreements<R extends FigureRow & ChartRow>(
  rows: readonly R[],
  key: (row: R) => string,
  topic: (row: R) => string,
  names: Names,
): Disagreement[] {
  return groups(byDate(rows), key, (r) => +dayOf(r)).flatMap(([, days]) =>
    days
      .filter(([, group]) => byFigure(group).length > 1)
      .flatMap(([, group]) => {
        const first = group[0];
        return first
          ? [
              {
                topic: topic(first),
                reports: group.map((row) => ({
                  figure: figureLabel(row),
                  by: creditLabel(names.credit(row)),
                  row,
                })),
              },
            ]
          : [];
      }),
  );
}

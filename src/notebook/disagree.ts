import type { ChartRow } from "../chart.ts";
import type { Data } from "../data/load.ts";
import type { Qualifier } from "../data/schema.ts";
import { isoDate } from "../format/date.ts";
import type { Disagreement } from "./types.ts";
import { figure, reportedVia } from "./words.ts";

type Figure = ChartRow & { value: number | null; qualifier: Qualifier | "all"; as_of: Date };

/**
 * Groups rows by measure and date (the key), and returns a disagreement for
 * each group where reporters give different figures. Same figure from several
 * reporters is agreement, not listed.
 */
export function findDisagreements<R extends Figure>(
  rows: readonly R[],
  key: (row: R) => string,
  topic: (row: R) => string,
  data: Data,
): Disagreement[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = `${key(row)}|${isoDate(row.as_of)}`;
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const figures = new Set(group.map((r) => figure(r)));
    if (figures.size < 2) continue;
    out.push({
      topic: topic(group[0]!),
      reports: group.map((row) => ({ figure: figure(row), by: reportedVia(row, data), row })),
    });
  }
  return out;
}

/** Which points of reports over time get their labels first, when not all of them can. */
import { ascending, groups } from "d3-array";

/** A point with what its priority is read from: its day, series, value and label. */
export interface RankedPoint {
  date: Date;
  series: string;
  value: number;
  label: string;
}

/**
 * Latest then first point of each series, then points of a day whose reports differ (so both
 * sides of a disagreement are named), then the rest from the latest back.
 */
export function prioritise<P extends RankedPoint>(points: readonly P[]): P[] {
  const byTime = [...points].sort(
    (a, b) => ascending(+b.date, +a.date) || ascending(a.series, b.series) || ascending(b.value, a.value),
  );
  const first: P[] = [];
  for (const [, list] of groups(byTime, (p) => p.series)) {
    const newest = list[0];
    const oldest = list[list.length - 1];
    if (newest) first.push(newest);
    if (oldest && oldest !== newest) first.push(oldest);
  }
  const differing = groups(byTime, (p) => `${+p.date}|${p.series}`)
    .filter(([, list]) => new Set(list.map((p) => p.label)).size > 1)
    .flatMap(([, list]) => list);
  const ordered = [...first, ...differing.filter((p) => !first.includes(p))];
  return [...ordered, ...byTime.filter((p) => !ordered.includes(p))];
}

/**
 * A chart's fingerprint: a hash of everything its files are made from that can change without
 * the code changing — its words, legend and rows (with their line numbers, which pages show),
 * and the names its source line uses. Two builds with the same fingerprint and the same code
 * draw the same bytes, so watch and the build cache re-render only charts whose fingerprint moved.
 */
import { createHash } from "node:crypto";
import type { ChartSpec } from "../chart.ts";
import type { Names } from "../cite/names.ts";

export function fingerprint(chart: ChartSpec, names: Names, extra = ""): string {
  const hash = createHash("sha256");
  // Everything but the plot function, which the code fingerprint covers.
  hash.update(JSON.stringify(chart, (key, v: unknown) => (key === "plot" ? undefined : v)));
  // The source line names reporters and outlets: their entries in reporters.csv and sources.csv count.
  const people = new Set<string>();
  for (const row of chart.rows) {
    const credit = names.credit(row);
    people.add(JSON.stringify([credit.voice, credit.publisher, credit.source.id, +credit.source.published]));
  }
  hash.update([...people].sort().join("\n"));
  hash.update(extra);
  return hash.digest("hex").slice(0, 32);
}

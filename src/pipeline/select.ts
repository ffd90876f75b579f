/** Choosing charts by id: chart ids or notebook ids, as typed after npm run charts --. */
import { CliError } from "../errors.ts";
import type { Notebook } from "../notebook/types.ts";

/** The charts selected by ids. Unknown ids are an error listing the known ones. */
export function selectCharts(notebooks: readonly Notebook[], ids: readonly string[]): Set<string> {
  const all = notebooks.flatMap((nb) => nb.chartIds);
  if (ids.length === 0) return new Set(all);
  const selected = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const nb = notebooks.find((n) => n.id === id);
    if (nb) nb.chartIds.forEach((c) => selected.add(c));
    else if (all.includes(id)) selected.add(id);
    else unknown.push(id);
  }
  if (unknown.length) {
    throw new CliError(
      `unknown chart or notebook: ${unknown.join(", ")}. Known: ${[...notebooks.map((n) => n.id), ...all].join(", ")}`,
    );
  }
  return selected;
}

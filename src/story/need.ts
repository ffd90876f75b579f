/**
 * Rows a chart cannot do without. When the data no longer has them, the chart fails
 * alone with a message that names the table and what was looked for; the notebook
 * and chart are added by the notebook builder.
 */
import type { Data } from "../data/load.ts";
import { TABLES } from "../data/schema.ts";

/** A problem an editor can fix in the data: missing or contradictory rows for a chart. */
export class StoryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StoryError";
  }
}

/** The rows of a table that match, or a StoryError: "no rows in data/hostages.csv with measure held in May 2024". */
export function need<K extends keyof Data>(
  data: Data,
  table: K,
  what: string,
  predicate: (row: Data[K][number]) => boolean = () => true,
): Data[K][number][] {
  const all: readonly Data[K][number][] = data[table];
  const rows = all.filter(predicate);
  if (rows.length === 0) throw new StoryError(`no rows in data/${TABLES[table].file} with ${what}`);
  return rows;
}

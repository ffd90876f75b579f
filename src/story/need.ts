/**
 * Rows a chart cannot do without. When the data no longer has them, the chart fails
 * alone with a message that names the table and what was looked for; the notebook
 * and chart are added by the notebook builder.
 */
import type { Data } from "../data/load.ts";
import { TABLES } from "../data/schema.ts";
import { UserError } from "../errors.ts";

/** The rows of a table that match, or a UserError the data can fix: "no rows in data/hostages.csv with measure held in May 2024". */
export function need<K extends keyof Data>(
  data: Data,
  table: K,
  what: string,
  predicate: (row: Data[K][number]) => boolean = () => true,
): Data[K][number][] {
  const all: readonly Data[K][number][] = data[table];
  const rows = all.filter(predicate);
  if (rows.length === 0) throw new UserError(`no rows in data/${TABLES[table].file} with ${what}`);
  return rows;
}

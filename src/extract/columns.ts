/**
 * The columns of each table a proposal fills, in the order of the schema, with the columns the
 * schema is gaining (`hedge` on the figure tables and events, `passage` on every cited table) put
 * just before `note` until the schema has them.
 */
import { TABLES } from "../data/schema.ts";

export type ProposedTable = "casualties" | "hostages" | "humanitarian" | "closures" | "events";
export const PROPOSED_TABLES: readonly ProposedTable[] = [
  "casualties",
  "hostages",
  "humanitarian",
  "closures",
  "events",
];

export function columnsOf(table: ProposedTable): string[] {
  const columns = Object.keys(TABLES[table].columns);
  const extra = table === "closures" ? ["passage"] : ["hedge", "passage"];
  for (const name of extra) {
    if (columns.includes(name)) continue;
    const at = columns.indexOf("note");
    columns.splice(at < 0 ? columns.length : at, 0, name);
  }
  return columns;
}

/** A row with every column of its table, in order; a column the proposal leaves open is "". */
export function fullRow(table: ProposedTable, cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(columnsOf(table).map((c) => [c, cells[c] ?? ""]));
}

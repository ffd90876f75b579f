/**
 * Proposals against the rows already in data/: a proposal the table already holds (same article,
 * measure, figure and day; a closure of the same crossing; an event of the same kind, crossing and
 * day) is marked `already in data/casualties.csv:12`; a figure that differs from another report of
 * the same measure and day is a new report beside it, never a replacement.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROPOSED_TABLES, type ProposedTable } from "./columns.ts";
import { readCsvFile, type CsvFile, type CsvRow } from "./csvFile.ts";
import type { Proposal } from "./propose.ts";

export type Tables = Partial<Record<ProposedTable | "sources", CsvFile>>;

/** The tables of `root/data` that exist, read as their editors left them. */
export function readTables(root: string): Tables {
  const out: Tables = {};
  for (const name of [...PROPOSED_TABLES, "sources"] as const) {
    const path = join(root, "data", `${name}.csv`);
    if (existsSync(path)) out[name] = readCsvFile(path, `data/${name}.csv`);
  }
  return out;
}

/** The measure as the tables will name it: "held_believed_dead" is "held_dead" with the hedge "believed". */
export function sameMeasure(a: string | undefined, b: string | undefined): boolean {
  const norm = (m: string | undefined) => (m === "held_believed_dead" ? "held_dead" : m);
  return norm(a) === norm(b);
}

function sameReport(p: Proposal, r: CsvRow): boolean {
  const a = p.row;
  const b = r.cells;
  if (a.source !== b.source) return false;
  if (p.table === "closures") return a.crossing === b.crossing;
  if (p.table === "events") return a.kind === b.kind && a.crossing === b.crossing && a.date === b.date;
  return sameMeasure(a.measure, b.measure) && a.value === b.value && a.as_of === b.as_of;
}

function sameMeasureAndDay(p: Proposal, r: CsvRow): boolean {
  const a = p.row;
  const b = r.cells;
  if (p.table === "closures" || p.table === "events") return false;
  const where = p.table === "casualties" ? a.scope === b.scope && a.place === b.place : a.place === b.place;
  return sameMeasure(a.measure, b.measure) && a.as_of === b.as_of && where && a.value !== b.value;
}

/** Each proposal with `duplicate_of` and `beside` filled from the tables. */
export function markExisting(rows: readonly Proposal[], tables: Tables): Proposal[] {
  return rows.map((p) => {
    const table = tables[p.table];
    if (!table) return p;
    const same = table.rows.find((r) => sameReport(p, r));
    const beside = same ? [] : table.rows.filter((r) => sameMeasureAndDay(p, r));
    const ignored = new Set(["note", "label", "passage", "source"]);
    const differs = same
      ? Object.entries(p.row)
          .filter(
            ([k, v]) =>
              !ignored.has(k) &&
              k in same.cells &&
              (same.cells[k] ?? "") !== v &&
              !(k === "measure" && sameMeasure(v, same.cells[k])),
          )
          .map(([k]) => `${k}: ${same.cells[k] || "(empty)"}`)
      : [];
    return {
      ...p,
      differs,
      duplicate_of: same ? `${table.label}:${same.line}` : null,
      beside: beside.map(
        (r) => `${table.label}:${r.line} (${r.cells.value || r.cells.qualifier}, ${r.cells.reported_by})`,
      ),
    };
  });
}

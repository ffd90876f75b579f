/**
 * --write: the proposals that are not already in the data appended to their tables, and the source
 * row when the article is new, each file written whole to a temporary file and renamed over the
 * old one (so a failed write leaves every table as it was). Cells follow each file's own header:
 * a column the file does not have yet (`passage`, `hedge`) is left out, one it has that the
 * proposal does not fill is empty.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserError, fileProblem } from "../errors.ts";
import { csvCell } from "./csvFile.ts";
import type { Tables } from "./existing.ts";
import type { Extraction } from "./extract.ts";

export interface Written {
  file: string;
  rows: number;
}

export function writeProposals(root: string, x: Extraction, tables: Tables): Written[] {
  const additions = new Map<string, Record<string, string>[]>();
  const add = (table: string, row: Record<string, string>) =>
    additions.set(table, [...(additions.get(table) ?? []), row]);
  if (!x.source.existing) add("sources", x.source.row);
  for (const r of x.rows) if (!r.duplicate_of) add(r.table, r.row);
  const planned: { path: string; label: string; text: string; rows: number }[] = [];
  for (const [table, rows] of additions) {
    const file = tables[table as keyof Tables];
    const label = `data/${table}.csv`;
    const path = join(root, "data", `${table}.csv`);
    const header = file?.header.length ? file.header : Object.keys(rows[0] ?? {});
    let text: string;
    try {
      text = file ? readFileSync(path, "utf8") : `${header.join(",")}\n`;
    } catch (error) {
      throw new UserError(fileProblem(error), { location: { path: label }, cause: error });
    }
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    if (text && !text.endsWith("\n")) text += eol;
    for (const row of rows) text += header.map((c) => csvCell(row[c] ?? "")).join(",") + eol;
    planned.push({ path, label, text, rows: rows.length });
  }
  for (const p of planned) {
    const temp = `${p.path}.extract-${process.pid}.tmp`;
    try {
      writeFileSync(temp, p.text);
      renameSync(temp, p.path);
    } catch (error) {
      throw new UserError(fileProblem(error), { location: { path: p.label }, cause: error });
    }
  }
  return planned.map((p) => ({ file: p.label, rows: p.rows }));
}

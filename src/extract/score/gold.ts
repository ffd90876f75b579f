/**
 * A gold set read at run time: the articles of a sources.csv (each article file to its source row by
 * the `file` column) and their rows in the tables beside it, as the editors left them. Extra columns
 * are kept; a table missing from the folder has no gold rows.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROPOSED_TABLES, type ProposedTable } from "../columns.ts";
import { readCsvFile, type CsvFile } from "../csvFile.ts";

export interface GoldRow {
  table: ProposedTable;
  cells: Record<string, string>;
  /** "data/casualties.csv:4" */
  ref: string;
}

export interface GoldArticle {
  file: string;
  path: string;
  source: Record<string, string>;
  rows: GoldRow[];
}

export interface GoldSet {
  name: string;
  /** Where the set is, as the score prints it. */
  where: string;
  sources: CsvFile;
  articles: GoldArticle[];
}

export function readGoldSet(name: string, dataDir: string, articlesDir: string, where: string): GoldSet {
  const label = (t: string) => `${where.split(",")[0]}/${t}.csv`;
  const sources = readCsvFile(join(dataDir, "sources.csv"), label("sources"));
  const tables = new Map<ProposedTable, CsvFile>();
  for (const t of PROPOSED_TABLES) {
    const path = join(dataDir, `${t}.csv`);
    if (existsSync(path)) tables.set(t, readCsvFile(path, label(t)));
  }
  const articles = sources.rows.map((s) => {
    const file = s.cells.file ?? "";
    const rows: GoldRow[] = [];
    for (const [table, csv] of tables)
      for (const r of csv.rows)
        if (r.cells.source === s.cells.id)
          rows.push({ table, cells: r.cells, ref: `${csv.label}:${r.line}` });
    return { file, path: join(articlesDir, file), source: s.cells, rows };
  });
  return { name, where, sources, articles };
}

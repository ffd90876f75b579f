import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  TABLES,
  type Casualty,
  type Closure,
  type CrossingEvent,
  type Hostage,
  type Humanitarian,
  type Reporter,
  type Source,
} from "./schema.ts";
import { readTable, type Columns, type TableSpec } from "./table.ts";
import { sortProblems, type Problem } from "./problem.ts";
import { decodeUtf8 } from "./utf8.ts";

export interface Data {
  sources: Source[];
  reporters: Reporter[];
  casualties: Casualty[];
  hostages: Hostage[];
  closures: Closure[];
  events: CrossingEvent[];
  humanitarian: Humanitarian[];
}

export type TableName = keyof typeof TABLES;

/** A table's result seen without its column types, for checks that run across tables. */
interface GenericResult {
  rows: ({ ref: { file: string; line: number } } & Record<string, unknown>)[];
  cellAt: (row: unknown, column: string) => { line: number; column: number };
}

export type LoadResult = { ok: true; data: Data } | { ok: false; problems: Problem[] };

/** The bytes of each table by name, or undefined where the file does not exist. */
export type TableBytes = { [K in TableName]?: Uint8Array };

/**
 * Validate every table and the references between them. Pure: takes bytes,
 * returns typed rows or every problem found, sorted by file, line and column.
 * `dir` is the folder as shown in messages, e.g. "data".
 */
export function parseData(bytes: TableBytes, dir = "data"): LoadResult {
  const problems: Problem[] = [];
  const results = {} as { [K in TableName]: ReturnType<typeof readTable<(typeof TABLES)[K]["columns"]>> };
  for (const name of Object.keys(TABLES) as TableName[]) {
    const spec = TABLES[name] as TableSpec<Columns>;
    const file = `${dir}/${spec.file}`;
    const raw = bytes[name];
    if (raw === undefined) {
      problems.push({ file, line: 1, column: 1, message: "file not found" });
      (results as Record<string, unknown>)[name] = {
        rows: [],
        problems: [],
        cellAt: () => ({ line: 1, column: 1 }),
      };
      continue;
    }
    const decoded = decodeUtf8(raw);
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        column: decoded.column,
        message: "file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)",
      });
      (results as Record<string, unknown>)[name] = {
        rows: [],
        problems: [],
        cellAt: () => ({ line: 1, column: 1 }),
      };
      continue;
    }
    const result = readTable(spec, file, decoded.text);
    problems.push(...result.problems);
    (results as Record<string, unknown>)[name] = result;
  }

  // Key columns (source ids, reporter names) are unique, and every table with a source column cites an id.
  const keyed = (name: TableName) => results[name] as unknown as GenericResult;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const key = (TABLES[name] as TableSpec<Columns>).key;
    if (!key) continue;
    const result = keyed(name);
    const seen = new Map<string, number>();
    for (const row of result.rows) {
      const value = String(row[key.column]);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, row.ref.line);
      else {
        problems.push({
          file: row.ref.file,
          ...result.cellAt(row, key.column),
          message: `duplicate ${key.noun} ${value}: already on line ${first}`,
        });
      }
    }
  }
  const ids = new Set(results.sources.rows.map((s) => s.id));
  if (bytes.sources !== undefined && results.sources.rows.length > 0) {
    for (const name of Object.keys(TABLES) as TableName[]) {
      if (!("source" in TABLES[name].columns)) continue;
      const result = keyed(name);
      for (const row of result.rows) {
        const source = String(row.source);
        if (!ids.has(source)) {
          problems.push({
            file: row.ref.file,
            ...result.cellAt(row, "source"),
            message: `unknown source id ${source}: not in ${dir}/sources.csv`,
          });
        }
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    data: {
      sources: results.sources.rows,
      reporters: results.reporters.rows,
      casualties: results.casualties.rows,
      hostages: results.hostages.rows,
      closures: results.closures.rows,
      events: results.events.rows,
      humanitarian: results.humanitarian.rows,
    },
  };
}

/** Read every table from a data folder on disk. `display` is how the folder appears in messages. */
export function loadData(dataDir: string, display = "data"): LoadResult {
  const bytes: TableBytes = {};
  for (const name of Object.keys(TABLES) as TableName[]) {
    try {
      bytes[name] = readFileSync(join(dataDir, TABLES[name].file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return parseData(bytes, display);
}

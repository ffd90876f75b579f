/**
 * The checks that run across tables once each is read: key columns unique, source ids known,
 * articles present, and no row dated after its source or after today. Each check is a phase of
 * parseData (./load.ts) and returns its problems; none stops another, so an editor sees every
 * problem at once.
 */
import type { Problem } from "../errors.ts";
import { isoDate } from "../format/date.ts";
import { quote } from "./quote.ts";
import { TABLE_NAMES, TABLES, type TableName } from "./schema.ts";
import type { Columns, TableSpec } from "./table.ts";

/** A table's result seen without its column types, for checks that run across tables. */
export type GenericRow = { ref: { file: string; line: number } } & Record<string, unknown>;
export interface GenericResult {
  rows: readonly GenericRow[];
  /** Rows with a bad cell (that cell undefined), still checked across tables. */
  invalid?: readonly Partial<GenericRow>[];
  // A method (checked bivariantly), so a table's own cellAt, taking its own row type, fits.
  cellAt(row: GenericRow, column: string): { line: number; column: number };
}

/** The tables as the cross-table checks see them. */
export interface CrossTables {
  /** The folder as messages show it: "data". */
  dir: string;
  result(name: TableName): GenericResult;
  /** Whether sources.csv was there to read: without it, no source id is reported unknown. */
  hasSources: boolean;
}

/** Whether an article file of sources.csv exists, and where articles are looked for. */
export interface ArticleCheck {
  exists: (file: string) => boolean;
  /** As messages name it: "../shared/articles". */
  label: string;
}

const specOf = (name: TableName) => TABLES[name] as TableSpec<Columns>;

/**
 * Every row, valid or not: a row with a bad number still hears about its unknown source, and a
 * source with a bad date still counts as a known id. Visited in place, not copied into a list,
 * and the checks over them push problems rather than return a list per row: this runs over each
 * of 100,000 rows.
 */
function eachRow(result: GenericResult, visit: (row: GenericRow) => void): void {
  // Counted loops: for...of made an iterator result per row before the loop was optimised.
  const { rows, invalid = [] } = result;
  for (let i = 0; i < rows.length; i++) visit(rows[i] as GenericRow);
  for (let i = 0; i < invalid.length; i++) {
    const row = invalid[i];
    if (row?.ref) visit(row as GenericRow);
  }
}

/** Key columns (source ids, reporter names) are unique. */
export function duplicateKeys(tables: CrossTables): Problem[] {
  return TABLE_NAMES.flatMap((name) => {
    const key = specOf(name).key;
    if (!key) return [];
    const result = tables.result(name);
    const seen = new Map<string, number>();
    return result.rows.flatMap((row) => {
      const value = String(row[key.column]);
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, row.ref.line);
        return [];
      }
      const message = `duplicate ${key.noun} ${quote(value)}: already on line ${first}`;
      return [{ file: row.ref.file, ...result.cellAt(row, key.column), message }];
    });
  });
}

/** Every table with a source column cites an id of sources.csv. */
export function unknownSources(tables: CrossTables): Problem[] {
  const ids = new Set<string>();
  let sources = 0;
  eachRow(tables.result("sources"), (s) => {
    sources++;
    if (typeof s.id === "string") ids.add(s.id);
  });
  if (!tables.hasSources || sources === 0) return [];
  const found: Problem[] = [];
  for (const name of TABLE_NAMES) {
    if (!("source" in TABLES[name].columns)) continue;
    const result = tables.result(name);
    eachRow(result, (row) => {
      if (typeof row.source !== "string" || ids.has(row.source)) return;
      found.push({
        file: row.ref.file,
        ...result.cellAt(row, "source"),
        message: `unknown source id ${quote(row.source)}: not in ${tables.dir}/sources.csv`,
      });
    });
  }
  return found;
}

/** Every source names an article that is there (checked when the articles folder is). */
export function missingArticles(tables: CrossTables, articles: ArticleCheck): Problem[] {
  const result = tables.result("sources");
  const found: Problem[] = [];
  eachRow(result, (row) => {
    if (typeof row.file !== "string" || articles.exists(row.file)) return;
    found.push({
      file: row.ref.file,
      ...result.cellAt(row, "file"),
      message: `file: no article ${quote(row.file)} in ${articles.label}: add the article there, or correct the name`,
    });
  });
  return found;
}

/** No row reports a date after its source was published, and nothing is dated after `today` (YYYY-MM-DD). */
export function datesAfterSource(tables: CrossTables, today: string): Problem[] {
  const published = new Map(
    tables.result("sources").rows.flatMap((s) => (s.published instanceof Date ? [[s.id, s.published]] : [])),
  );
  const lastTime = Date.parse(`${today}T00:00:00Z`);
  const found: Problem[] = [];
  for (const name of TABLE_NAMES) {
    const dates = specOf(name).reportedDates;
    if (!dates) continue;
    const result = tables.result(name);
    eachRow(result, (row) => {
      const source = typeof row.source === "string" ? row.source : undefined;
      const sourceDay = source === undefined ? undefined : published.get(source);
      const mayFollow = dates.mayFollowSource?.(row) ?? false;
      for (let c = 0; c < dates.columns.length; c++) {
        const column = dates.columns[c] ?? "";
        const value = row[column];
        if (!(value instanceof Date)) continue;
        // Compared as times; written as days only for a message.
        const time = value.getTime();
        let message: string | undefined;
        if (sourceDay && !mayFollow && time > sourceDay.getTime())
          message = `${column} ${isoDate(value)} is after its source ${source} was published (${isoDate(sourceDay)})`;
        else if (time > lastTime) message = `${column} ${isoDate(value)} is after today (${today})`;
        if (message) found.push({ file: row.ref.file, ...result.cellAt(row, column), message });
      }
    });
  }
  return found;
}

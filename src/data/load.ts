import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  type Stats,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileProblem, sortProblems, type Problem } from "../errors.ts";
import { isoDate } from "../format/date.ts";
import { TABLES } from "./schema.ts";
import { readTable, type Columns, type RowOf, type TableResult, type TableSpec } from "./table.ts";
import { quote } from "./quote.ts";
import { decodeUtf8 } from "./utf8.ts";

export type TableName = keyof typeof TABLES;

const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The loaded tables: every table of the schema (TABLES) by name, as typed rows. */
export type Data = { [K in TableName]: RowOf<(typeof TABLES)[K]["columns"]>[] };

/** A table's result seen without its column types, for checks that run across tables. */
type GenericRow = { ref: { file: string; line: number } } & Record<string, unknown>;
interface GenericResult {
  rows: readonly GenericRow[];
  /** Rows with a bad cell (that cell undefined), still checked across tables. */
  invalid?: readonly Partial<GenericRow>[];
  // A method (checked bivariantly), so a table's own cellAt, taking its own row type, fits.
  cellAt(row: GenericRow, column: string): { line: number; column: number };
}

export type LoadResult = { ok: true; data: Data } | { ok: false; problems: Problem[] };

/** A table file that exists but cannot be read as a table, and why in plain words. */
export interface Unreadable {
  unreadable: string;
}

/** The bytes of each table by name, why it cannot be read, or undefined where the file does not exist. */
export type TableBytes = { [K in TableName]?: Uint8Array | Unreadable };

/**
 * Validate every table and the references between them. Pure: takes bytes,
 * returns typed rows or every problem found, sorted by file, line and column.
 * `dir` is the folder as shown in messages, e.g. "data"; `today` is the day
 * no reported date may be after (the real clock unless a test fixes it).
 */
export interface ArticleCheck {
  /** Whether an article file of sources.csv exists. */
  exists: (file: string) => boolean;
  /** Where articles are looked for, as messages name it: "../shared/articles". */
  label: string;
}

export function parseData(
  bytes: TableBytes,
  dir = "data",
  today = new Date(),
  articles?: ArticleCheck,
): LoadResult {
  const problems: Problem[] = [];
  const generic = new Map<TableName, GenericResult>();
  /** One table read and validated, or empty (with its problem listed) when missing or not UTF-8. */
  function read<C extends Columns>(name: TableName, spec: TableSpec<C>): TableResult<C> {
    const file = `${dir}/${spec.file}`;
    const raw = bytes[name];
    let result: TableResult<C> = { rows: [], problems: [], cellAt: () => ({ line: 1, column: 1 }) };
    if (raw === undefined || "unreadable" in raw) {
      problems.push({ file, line: 0, column: 0, message: raw?.unreadable ?? "file not found" });
    } else {
      const decoded = decodeUtf8(raw);
      if (!decoded.ok) {
        problems.push({
          file,
          line: decoded.line,
          column: decoded.column,
          message: "file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)",
        });
      } else {
        result = readTable(spec, file, decoded.text);
        problems.push(...result.problems);
      }
    }
    generic.set(name, result);
    return result;
  }
  // Every table of the schema, in its order. Each result keeps its own table's row type, which
  // TypeScript cannot follow through a loop over the names: hence the cast.
  const results = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, read(name, TABLES[name] as TableSpec<Columns>)]),
  ) as unknown as { [K in TableName]: TableResult<(typeof TABLES)[K]["columns"]> };

  // Key columns (source ids, reporter names) are unique, and every table with a source column cites an id.
  const keyed = (name: TableName): GenericResult =>
    generic.get(name) ?? { rows: [], cellAt: () => ({ line: 1, column: 1 }) };
  for (const name of TABLE_NAMES) {
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
          message: `duplicate ${key.noun} ${quote(value)}: already on line ${first}`,
        });
      }
    }
  }
  // Every row, valid or not, is checked across tables: a row with a bad number still hears about
  // its unknown source, and a source with a bad date still counts as a known id.
  const everyRow = (result: GenericResult): GenericRow[] => [
    ...result.rows,
    ...((result.invalid ?? []).filter((r) => r.ref) as GenericRow[]),
  ];
  const sourceRows = everyRow(keyed("sources"));
  const ids = new Set(sourceRows.flatMap((s) => (typeof s.id === "string" ? [s.id] : [])));
  if (bytes.sources !== undefined && sourceRows.length > 0) {
    for (const name of TABLE_NAMES) {
      if (!("source" in TABLES[name].columns)) continue;
      const result = keyed(name);
      for (const row of everyRow(result)) {
        if (typeof row.source !== "string") continue;
        const source = row.source;
        if (!ids.has(source)) {
          problems.push({
            file: row.ref.file,
            ...result.cellAt(row, "source"),
            message: `unknown source id ${quote(source)}: not in ${dir}/sources.csv`,
          });
        }
      }
    }
  }

  // Every source names an article that is there, when the articles folder is.
  if (articles) {
    const result = keyed("sources");
    for (const row of sourceRows) {
      if (typeof row.file === "string" && !articles.exists(row.file))
        problems.push({
          file: row.ref.file,
          ...result.cellAt(row, "file"),
          message: `file: no article ${quote(row.file)} in ${articles.label}: add the article there, or correct the name`,
        });
    }
  }

  // No row reports a date after its source was published, and nothing is dated after today.
  const published = new Map(results.sources.rows.map((s) => [s.id, s.published]));
  const last = latestToday(today);
  const lastTime = Date.parse(`${last}T00:00:00Z`);
  for (const name of TABLE_NAMES) {
    const dates = (TABLES[name] as TableSpec<Columns>).reportedDates;
    if (!dates) continue;
    const result = keyed(name);
    for (const row of everyRow(result)) {
      const source = typeof row.source === "string" ? row.source : undefined;
      const sourceDay = source === undefined ? undefined : published.get(source);
      const mayFollow = dates.mayFollowSource?.(row) ?? false;
      for (const column of dates.columns) {
        const value = row[column];
        if (!(value instanceof Date)) continue;
        // Compared as times; written as days only for a message.
        const time = value.getTime();
        let message: string | undefined;
        if (sourceDay && !mayFollow && time > sourceDay.getTime())
          message = `${column} ${isoDate(value)} is after its source ${source} was published (${isoDate(sourceDay)})`;
        else if (time > lastTime) message = `${column} ${isoDate(value)} is after today (${last})`;
        if (message) problems.push({ file: row.ref.file, ...result.cellAt(row, column), message });
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    data: Object.fromEntries(TABLE_NAMES.map((name) => [name, results[name].rows])) as Data,
  };
}

/** Read every table from a data folder on disk. `display` is how the folder appears in messages. */
export function loadData(dataDir: string, display = "data", today = new Date()): LoadResult {
  const bytes: TableBytes = {};
  for (const name of TABLE_NAMES) {
    bytes[name] = readTableFile(join(dataDir, TABLES[name].file));
  }
  return parseData(bytes, display, today, articlesBeside(dataDir));
}

/**
 * The articles folder beside the project (../shared/articles from the project root), for checking
 * that each source's file is there. Undefined when the folder is absent (a copy of the project
 * elsewhere): then sources are not checked against it.
 */
export function articlesBeside(dataDir: string): ArticleCheck | undefined {
  const dir = resolve(dataDir, "..", "..", "shared", "articles");
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return undefined;
  return {
    // Only a plain file name in that folder counts: no path out of it.
    exists: (file) => file === basename(file) && file !== ".." && existsSync(join(dir, file)),
    label: "../shared/articles",
  };
}

/**
 * A table's bytes, only from a regular file: a symbolic link, folder, FIFO or
 * device is refused without being read (or followed), and any error reading
 * it is said in plain words. Undefined when there is no file.
 */
function readTableFile(path: string): Uint8Array | Unreadable | undefined {
  let fd: number | undefined;
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) return { unreadable: `not a regular file (${kindOf(stats)})` };
    // O_NOFOLLOW and fstat: the file read is the regular file just checked, even if it was swapped since.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { unreadable: `not a regular file (${kindOf(opened)})` };
    return readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ELOOP") return { unreadable: "not a regular file (symbolic link)" };
    return { unreadable: fileProblem(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "symbolic link";
  if (stats.isDirectory()) return "directory";
  if (stats.isFIFO()) return "FIFO";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "special file";
}

/**
 * Today as YYYY-MM-DD: the later of the UTC date and the local date, so that
 * an editor ahead of UTC can enter today's report on their own today.
 */
function latestToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const utc = isoDate(now);
  return local > utc ? local : utc;
}

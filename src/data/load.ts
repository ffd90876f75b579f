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
import {
  datesAfterSource,
  duplicateKeys,
  missingArticles,
  unknownSources,
  type ArticleCheck,
  type CrossTables,
  type GenericResult,
} from "./crossTable.ts";
import { TABLE_NAMES, TABLES, type TableName } from "./schema.ts";
import { readTable, type Columns, type RowOf, type TableResult, type TableSpec } from "./table.ts";
import { decodeUtf8 } from "./utf8.ts";

export type { TableName } from "./schema.ts";
export type { ArticleCheck } from "./crossTable.ts";

/** The loaded tables: every table of the schema (TABLES) by name, as typed rows. */
export type Data = { [K in TableName]: RowOf<(typeof TABLES)[K]["columns"]>[] };

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
export function parseData(
  bytes: TableBytes,
  dir = "data",
  today = new Date(),
  articles?: ArticleCheck,
): LoadResult {
  const problems: Problem[] = [];
  const generic = new Map<TableName, GenericResult>();
  // Every table of the schema, in its order. Each result keeps its own table's row type, which
  // TypeScript cannot follow through a loop over the names: hence the cast.
  const results = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const result = readOne(bytes[name], TABLES[name] as TableSpec<Columns>, dir, problems);
      generic.set(name, result);
      return [name, result];
    }),
  ) as unknown as { [K in TableName]: TableResult<(typeof TABLES)[K]["columns"]> };

  const tables: CrossTables = {
    dir,
    result: (name) => generic.get(name) ?? { rows: [], cellAt: () => ({ line: 1, column: 1 }) },
    hasSources: bytes.sources !== undefined,
  };
  problems.push(
    ...duplicateKeys(tables),
    ...unknownSources(tables),
    ...(articles ? missingArticles(tables, articles) : []),
    ...datesAfterSource(tables, latestToday(today)),
  );
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    data: Object.fromEntries(TABLE_NAMES.map((name) => [name, results[name].rows])) as Data,
  };
}

/**
 * One table read and validated, or empty (with its problem added to `problems`) when missing or
 * not UTF-8.
 */
function readOne<C extends Columns>(
  raw: Uint8Array | Unreadable | undefined,
  spec: TableSpec<C>,
  dir: string,
  problems: Problem[],
): TableResult<C> {
  const file = `${dir}/${spec.file}`;
  const empty: TableResult<C> = { rows: [], problems: [], cellAt: () => ({ line: 1, column: 1 }) };
  if (raw === undefined || "unreadable" in raw) {
    problems.push({ file, line: 0, column: 0, message: raw?.unreadable ?? "file not found" });
    return empty;
  }
  const decoded = decodeUtf8(raw);
  if (!decoded.ok) {
    const message = "file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)";
    problems.push({ file, line: decoded.line, column: decoded.column, message });
    return empty;
  }
  const result = readTable(spec, file, decoded.text);
  problems.push(...result.problems);
  return result;
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

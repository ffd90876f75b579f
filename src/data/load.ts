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
import { Buffer } from "node:buffer";
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
 * Each table as last read, with its bytes: a table whose bytes are the same is not read again
 * (a watch keeps one across saves, and a CSV save changes one table). Filled by parseData.
 */
export type TableMemo = Map<TableName, { bytes: Uint8Array; dir: string; result: TableResult<Columns> }>;

/**
 * Validate every table and the references between them. Pure: takes bytes,
 * returns typed rows or every problem found, sorted by file, line and column.
 * `dir` is the folder as shown in messages, e.g. "data"; `today` is the day
 * no reported date may be after (the real clock unless a test fixes it). With `memo`, a table
 * whose bytes it holds is taken from it, rows and problems, and the checks across tables run
 * again as ever.
 */
export function parseData(
  bytes: TableBytes,
  dir = "data",
  today = new Date(),
  articles?: ArticleCheck,
  memo?: TableMemo,
): LoadResult {
  const problems: Problem[] = [];
  const generic = new Map<TableName, GenericResult>();
  // Every table of the schema, in its order. Each result keeps its own table's row type, which
  // TypeScript cannot follow through a loop over the names: hence the cast.
  const results = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const result = readOrRecall(name, bytes[name], dir, memo);
      problems.push(...result.problems);
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

/** A table as `memo` holds it when its bytes are the same, else read (and kept in `memo`). */
function readOrRecall(
  name: TableName,
  raw: Uint8Array | Unreadable | undefined,
  dir: string,
  memo: TableMemo | undefined,
): TableResult<Columns> {
  const known = memo?.get(name);
  const bytes = raw instanceof Uint8Array ? raw : undefined;
  if (known && bytes && known.dir === dir && Buffer.compare(known.bytes, bytes) === 0) return known.result;
  const result = readOne(raw, TABLES[name] as TableSpec<Columns>, dir);
  if (memo && bytes) memo.set(name, { bytes, dir, result });
  return result;
}

/** One table read and validated, or empty (with its one problem) when missing or not UTF-8. */
function readOne<C extends Columns>(
  raw: Uint8Array | Unreadable | undefined,
  spec: TableSpec<C>,
  dir: string,
): TableResult<C> {
  const file = `${dir}/${spec.file}`;
  const empty = (problem: Problem): TableResult<C> => ({
    rows: [],
    problems: [problem],
    cellAt: () => ({ line: 1, column: 1 }),
  });
  if (raw === undefined || "unreadable" in raw)
    return empty({ file, line: 0, column: 0, message: raw?.unreadable ?? "file not found" });
  const decoded = decodeUtf8(raw);
  if (!decoded.ok) {
    const message = "file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)";
    return empty({ file, line: decoded.line, column: decoded.column, message });
  }
  return readTable(spec, file, decoded.text);
}

/**
 * Read every table from a data folder on disk. `display` is how the folder appears in messages;
 * `memo`, the tables as last read (parseData).
 */
export function loadData(
  dataDir: string,
  display = "data",
  today = new Date(),
  memo?: TableMemo,
): LoadResult {
  const bytes: TableBytes = {};
  for (const name of TABLE_NAMES) {
    bytes[name] = readTableFile(join(dataDir, TABLES[name].file));
  }
  return parseData(bytes, display, today, articlesBeside(dataDir), memo);
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

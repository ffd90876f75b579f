import type { Problem } from "../errors.ts";
import { Invalid, type Column } from "./columns.ts";
import { parseCsv, type CsvRecord, type ReadText } from "./csv.ts";
import { duplicateFinder, type RecordSpans } from "./duplicates.ts";
import { quote } from "./quote.ts";

export type Columns = { readonly [name: string]: Column<unknown> };

/** Where a row came from: the file as shown to editors and its 1-based line. */
export interface RowRef {
  file: string;
  line: number;
}

export type RowOf<C extends Columns> = {
  -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never;
} & { ref: RowRef };

/** A rule across the cells of one row; returns the column to point at and a message. */
export type RowRule<C extends Columns> = (
  row: RowOf<C>,
) => { column: keyof C & string; message: string } | undefined;

export interface TableSpec<C extends Columns> {
  /** File name inside data/, e.g. "casualties.csv". */
  file: string;
  /** One line for the data dictionary and `npm run check`. */
  about: string;
  columns: C;
  rules?: RowRule<C>[];
  /** A column whose values must be unique in the table (an id other tables refer to). */
  key?: { column: keyof C & string; noun: string };
  /**
   * Date columns a row reports. None may be after today, nor, in a table with
   * a source column, after its source was published, unless `mayFollowSource`
   * holds for the row (an expected day).
   */
  reportedDates?: { columns: (keyof C & string)[]; mayFollowSource?: (row: RowOf<C>) => boolean };
}

export function defineTable<C extends Columns>(spec: TableSpec<C>): TableSpec<C> {
  return spec;
}

export interface TableResult<C extends Columns> {
  rows: RowOf<C>[];
  problems: Problem[];
  /**
   * Rows with a bad cell, holding only the cells that parsed (a bad one is undefined): kept out of
   * `rows`, but checked across tables (source ids, dates), so one edit's problems are listed at once.
   */
  invalid?: Partial<RowOf<C>>[];
  /** Where a cell of a row starts, for messages from checks across tables. */
  cellAt: (row: RowOf<C>, column: keyof C & string) => { line: number; column: number };
}

const RECORD = Symbol("record");
type WithRecord = { [RECORD]?: number };

/** Parse and validate one table's text. Never throws on bad text: every problem is returned. */
export function readTable<C extends Columns>(
  spec: TableSpec<C>,
  displayPath: string,
  text: string,
): TableResult<C> {
  const file = displayPath;
  const found: Problem[] = [];
  const index = new Map<string, number>();
  const rows: RowOf<C>[] = [];
  const invalid: Partial<RowOf<C>>[] = [];
  const records = recordSpans();
  let readRecord: ((record: CsvRecord) => void) | undefined;
  // Each record is read into a row as papaparse or the plain reader gives it, and not kept: with
  // 100,000 rows, holding every record's cells until the end made most of the garbage collector's work.
  const parsed = parseCsv(file, text, {
    header(header, read) {
      const { locate, offsetOf } = read;
      headerIndex(header, Object.keys(spec.columns), index, (i, message) =>
        found.push({ file, ...locate(i === "end" ? header.end : offsetOf(header, i)), message }),
      );
      readRecord = rowReader(spec, file, header.cells.length, index, read, {
        problems: found,
        rows,
        invalid,
        records,
        cellAt: cellLocator<C>({ locate, offsetOf }, index, records),
      });
    },
    record: (record) => readRecord?.(record),
  });
  const cellAt = cellLocator<C>(parsed, index, records);
  const problems = [...parsed.problems, ...found];
  if (!parsed.header) return { rows: [], problems, cellAt };
  return { rows, problems, cellAt, invalid };
}

/** Where each record read so far starts and ends, and its line, by its number (grown as records come). */
function recordSpans(): RecordSpans {
  return { starts: [], ends: [] };
}

interface RowSink<C extends Columns> {
  problems: Problem[];
  rows: RowOf<C>[];
  invalid: Partial<RowOf<C>>[];
  records: RecordSpans;
  cellAt: TableResult<C>["cellAt"];
}

/**
 * Reads each record after the header into a row: its cells by their columns, the table's rules,
 * then whether it repeats an earlier row. Problems, rows and invalid rows go to `out`. Nothing is
 * made per row but the row itself (no closure, no list of rules): this runs 100,000 times.
 */
function rowReader<C extends Columns>(
  spec: TableSpec<C>,
  file: string,
  width: number,
  index: ReadonlyMap<string, number>,
  read: ReadText,
  out: RowSink<C>,
) {
  const { problems } = out;
  const { locate, offsetOf } = read;
  const columns = Object.entries(spec.columns).map(([name, column]) => ({
    name,
    i: index.get(name),
    column,
  }));
  const keyColumns = columns.flatMap((c) => (c.name !== "note" && c.i !== undefined ? [c.i] : []));
  const duplicates = duplicateFinder(out.records, keyColumns);
  const blank = blankRow(columns);
  const rules = spec.rules ?? [];
  const cells: CellReader = {
    columns,
    report: (record, i, message) => problems.push({ file, ...locate(offsetOf(record, i)), message }),
    pool: new Map(),
  };
  return (record: CsvRecord) => {
    const k = out.records.starts.length;
    out.records.starts.push(record.start);
    out.records.ends.push(record.end);
    if (record.cells.length !== width) {
      const at = record.cells.length > width ? offsetOf(record, width) : record.end;
      problems.push({
        file,
        ...locate(at),
        message: `row has ${record.cells.length} cells, header has ${width}`,
      });
      return;
    }
    const values: Record<string | symbol, unknown> = { ...blank };
    values.ref = { file, line: record.line };
    values[RECORD] = k;
    const valid = readCells(record, cells, values);
    if (!valid) {
      out.invalid.push(values as Partial<RowOf<C>>);
      return;
    }
    const row = values as RowOf<C>;
    for (const rule of rules) {
      const broken = rule(row);
      if (broken) problems.push({ file, ...out.cellAt(row, broken.column), message: broken.message });
    }
    const first = duplicates.firstLine(k, record, read);
    if (first !== undefined) {
      problems.push({
        file,
        line: record.line,
        column: 1,
        message: `duplicate row: same figure as line ${first}`,
      });
      return;
    }
    out.rows.push(row);
  };
}

/**
 * A row of the table with every key in place (ref, the record number, then each column in the
 * schema's order), each row a copy of it: rows then share one shape, made at once. Adding 13 keys
 * one by one gave each of 100,000 rows a chain of shapes and a property store grown (and thrown
 * away) several times over.
 */
function blankRow(columns: readonly { name: string }[]): Record<string | symbol, unknown> {
  const blank: Record<string | symbol, unknown> = { ref: undefined, [RECORD]: -1 };
  for (const { name } of columns) blank[name] = undefined;
  return blank;
}

/**
 * Where a cell of a row starts, for messages. Each valid row keeps the number of its record under
 * a symbol (cheaper than a WeakMap for 100,000 rows, and invisible to JSON and Object.keys); where
 * records start and end is kept in two arrays of numbers, so a record's cells are not kept and a
 * cell's position is worked out only when a message needs it. `index` maps a column's name to its
 * cell number, once the header is read.
 */
function cellLocator<C extends Columns>(
  parsed: Pick<ReturnType<typeof parseCsv>, "locate" | "offsetOf">,
  index: ReadonlyMap<string, number>,
  { starts, ends }: RecordSpans,
) {
  const { locate, offsetOf } = parsed;
  return (row: RowOf<C>, column: string) => {
    const k = (row as WithRecord)[RECORD];
    const i = index.get(column);
    if (k === undefined || i === undefined) return { line: row.ref.line, column: 1 };
    const record = { line: row.ref.line, cells: [], start: starts[k] ?? 0, end: ends[k] ?? 0 };
    return locate(offsetOf(record, i));
  };
}

/** Reports where a problem is (a cell number) and what it is. */
type Report<At> = (at: At, message: string) => void;

/**
 * The header: every column once, no others. Fills `index` (column name to cell number); a
 * problem is reported at its cell number, or at the header's end for a missing column.
 */
function headerIndex(
  header: CsvRecord,
  names: readonly string[],
  index: Map<string, number>,
  report: Report<number | "end">,
): void {
  header.cells.forEach((name, i) => {
    if (index.has(name)) report(i, `duplicated column: ${quote(name)}`);
    else if (!names.includes(name)) report(i, `unknown column ${quote(name)}: expected ${names.join(", ")}`);
    else index.set(name, i);
  });
  for (const name of names) if (!index.has(name)) report("end", `missing column: ${name}`);
}

/** How a table's records are read into rows: its columns by cell number, where a bad cell is said, and the strings shared. */
interface CellReader {
  columns: readonly { name: string; i: number | undefined; column: Column<unknown> }[];
  report: (record: CsvRecord, i: number, message: string) => void;
  /** Each value of a column whose values repeat (Column.repeats), as first read. */
  pool: Map<string, string>;
}

/**
 * The first string read with a value, while a table is read: rows with the same name or source
 * keep one string, not one per cell. With 100,000 rows, copying those strings while the rows were
 * young was a fifth of the garbage collector's work.
 */
function shared(pool: Map<string, string>, value: string): string {
  const known = pool.get(value);
  if (known !== undefined) return known;
  pool.set(value, value);
  return value;
}

/**
 * One record's cells parsed into `values` by their columns. Returns whether every cell is valid;
 * a bad cell is reported (with its record and cell number) and left undefined.
 */
function readCells(
  record: CsvRecord,
  { columns, report, pool }: CellReader,
  values: Record<string | symbol, unknown>,
): boolean {
  let valid = true;
  // A counted loop: for...of made an iterator result per row before this was optimised.
  for (let c = 0; c < columns.length; c++) {
    const { name, i, column } = columns[c] as (typeof columns)[number];
    if (i === undefined) {
      valid = false;
      continue;
    }
    const cell = record.cells[i] ?? "";
    let value: unknown = null;
    if (cell === "") {
      if (column.required) {
        report(record, i, `empty cell: ${name} is required`);
        valid = false;
      }
    } else {
      const result = column.parse(cell);
      if (typeof result === "string" && column.repeats) value = shared(pool, result);
      else if (!(result instanceof Invalid)) value = result;
      else {
        report(record, i, `${name}: ${result.message}`);
        valid = false;
        value = undefined;
      }
    }
    values[name] = value;
  }
  return valid;
}

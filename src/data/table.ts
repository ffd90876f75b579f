import type { Column } from "./columns.ts";
import { parseCsv } from "./csv.ts";
import type { Problem } from "./problem.ts";

export type Columns = { readonly [name: string]: Column<unknown> };

/** Where a row came from: the file as shown to editors and its 1-based line. */
export interface RowRef {
  file: string;
  line: number;
}

export type RowOf<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never } & { ref: RowRef };

/** A rule across the cells of one row; returns the column to point at and a message. */
export type RowRule<C extends Columns> = (row: RowOf<C>) => { column: keyof C & string; message: string } | undefined;

export interface TableSpec<C extends Columns> {
  /** File name inside data/, e.g. "casualties.csv". */
  file: string;
  /** One line for the data dictionary and `npm run check`. */
  about: string;
  columns: C;
  rules?: RowRule<C>[];
}

export function defineTable<C extends Columns>(spec: TableSpec<C>): TableSpec<C> {
  return spec;
}

export interface TableResult<C extends Columns> {
  rows: RowOf<C>[];
  problems: Problem[];
  /** Where each cell of each row starts, for messages from checks across tables. */
  cellAt: (row: RowOf<C>, column: keyof C & string) => { line: number; column: number };
}

/** Parse and validate one table's text. Never throws on bad text: every problem is returned. */
export function readTable<C extends Columns>(spec: TableSpec<C>, displayPath: string, text: string): TableResult<C> {
  const file = displayPath;
  const parsed = parseCsv(file, text);
  const problems = [...parsed.problems];
  const names = Object.keys(spec.columns);
  const positions = new WeakMap<object, Record<string, { line: number; column: number }>>();
  const cellAt = (row: RowOf<C>, column: string) => positions.get(row)?.[column] ?? { line: row.ref.line, column: 1 };
  if (parsed.header.length === 0) return { rows: [], problems, cellAt };

  // Header: every column once, no others.
  const index = new Map<string, number>();
  parsed.header.forEach((cell, i) => {
    if (index.has(cell.text)) {
      problems.push({ file, line: cell.line, column: cell.column, message: `duplicated column: ${cell.text}` });
    } else if (!names.includes(cell.text)) {
      problems.push({ file, line: cell.line, column: cell.column, message: `unknown column ${JSON.stringify(cell.text)}: expected ${names.join(", ")}` });
    } else {
      index.set(cell.text, i);
    }
  });
  const last = parsed.header[parsed.header.length - 1]!;
  for (const name of names) {
    if (!index.has(name)) {
      problems.push({ file, line: last.line, column: last.column + last.text.length, message: `missing column: ${name}` });
    }
  }

  const rows: RowOf<C>[] = [];
  const seen = new Map<string, number>();
  for (const record of parsed.records) {
    const width = parsed.header.length;
    if (record.cells.length !== width) {
      const at = record.cells.length > width ? record.cells[width]! : record.end;
      problems.push({
        file,
        line: at.line,
        column: at.column,
        message: `row has ${record.cells.length} cells, header has ${width}`,
      });
      continue;
    }
    const row = { ref: { file, line: record.line } } as RowOf<C>;
    const where: Record<string, { line: number; column: number }> = {};
    let valid = true;
    for (const name of names) {
      const i = index.get(name);
      if (i === undefined) { valid = false; continue; }
      const cell = record.cells[i]!;
      where[name] = { line: cell.line, column: cell.column };
      const column = spec.columns[name]!;
      let value: unknown = null;
      if (cell.text === "") {
        if (column.required) {
          problems.push({ file, line: cell.line, column: cell.column, message: `empty cell: ${name} is required` });
          valid = false;
        }
      } else {
        const result = column.parse(cell.text);
        if (result.ok) value = result.value;
        else {
          problems.push({ file, line: cell.line, column: cell.column, message: `${name}: ${result.message}` });
          valid = false;
        }
      }
      (row as Record<string, unknown>)[name] = value;
    }
    if (!valid) continue;
    positions.set(row, where);
    for (const rule of spec.rules ?? []) {
      const broken = rule(row);
      if (broken) problems.push({ file, ...where[broken.column]!, message: broken.message });
    }
    const key = JSON.stringify(names.filter((n) => n !== "note").map((n) => record.cells[index.get(n)!]!.text));
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file, line: record.line, column: 1, message: `duplicate row: same figure as line ${first}` });
      continue;
    }
    seen.set(key, record.line);
    rows.push(row);
  }
  return { rows, problems, cellAt };
}

/** Rows that repeat an earlier row of their table, found as the rows are read (./table.ts). */
import type { CsvRecord, ReadText } from "./csv.ts";

/**
 * Where each record of a table read so far starts and ends, by its number. Its line is where it
 * starts (ReadText's locate), worked out when a message needs it.
 */
export interface RecordSpans {
  starts: number[];
  ends: number[];
}

/**
 * Finds a row that repeats an earlier one in its key cells (every column but the note). Rows are
 * told apart by a 30-bit FNV-1a hash of those cells; when two hashes match, the earlier record's
 * cells are read again from the text (`cellsAt`, from where it starts and ends) and compared cell
 * by cell: a joined string per row cost a fifth of loading 100,000 rows, most of it in garbage
 * collection. `firstLine(k, record, read)` is the line of the first earlier row with the same
 * cells, or undefined (and the row is remembered).
 */
export function duplicateFinder(records: RecordSpans, keyColumns: readonly number[]) {
  // The record number of the first row with each hash.
  const byHash = new Map<number, number>();
  // Rows whose hash an earlier row with other cells already has: by their joined cells (rare).
  const collided = new Map<string, number>();
  return {
    firstLine(k: number, record: CsvRecord, { cellsAt, locate }: ReadText): number | undefined {
      const h = keyHash(record.cells, keyColumns);
      const earlier = byHash.get(h);
      if (earlier === undefined) {
        byHash.set(h, k);
        return undefined;
      }
      const start = records.starts[earlier] ?? 0;
      const other = cellsAt(start, records.ends[earlier] ?? 0);
      if (keyColumns.every((i) => other[i] === record.cells[i])) return locate(start).line;
      const key = keyColumns.map((i) => record.cells[i]).join("\u0000");
      const first = collided.get(key);
      if (first === undefined) collided.set(key, record.line);
      return first;
    },
  };
}

/** FNV-1a over some cells of a row, cut to 30 bits: a small integer to V8, so a map of them holds no boxed numbers. */
export function keyHash(cells: readonly string[], columns: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const i of columns) {
    const cell = cells[i] ?? "";
    for (let c = 0; c < cell.length; c++) h = Math.imul(h ^ cell.charCodeAt(c), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193); // a separator no cell holds: "a,bc" is not "ab,c"
  }
  return h & 0x3fffffff;
}

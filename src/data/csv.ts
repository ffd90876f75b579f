import { createRequire } from "node:module";
import type PapaType from "papaparse";
import type { Problem } from "../errors.ts";
import { forbiddenCharacters } from "./characters.ts";

// Required, not imported: node reads an imported CommonJS file's exports by parsing all of it
// first (some 20-30 ms for papaparse, on every command); require skips that.
const Papa = createRequire(import.meta.url)("papaparse") as typeof PapaType;

/** A 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A record: its trimmed cells, where it starts, and the offset just after its last character.
 * Where each cell starts is worked out only when a message needs it (offsetOf), which keeps
 * large files cheap.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
  start: number;
  end: number;
}

export interface ParsedCsv {
  header: CsvRecord | undefined;
  records: CsvRecord[];
  problems: Problem[];
  /** Line and column of a character offset. */
  locate: ((offset: number) => Position) & { lineStart: (line: number) => number };
  /** Where cell `k` of a record starts (its end, for a cell past the last). */
  offsetOf: (record: CsvRecord, k: number) => number;
}

/**
 * Parse CSV text with papaparse and locate every cell for error messages.
 * Accepts what editors' tools write: a UTF-8 BOM, CRLF or LF line ends,
 * blank lines (skipped) and spaces around a cell (trimmed).
 * An unterminated quote is reported where it opens, and a forbidden character
 * (see characters.ts) where it stands.
 */
export function parseCsv(file: string, input: string): ParsedCsv {
  // The BOM is invisible in editors, so columns do not count it; CRLF and lone CR become LF,
  // which leaves every column where it was.
  const text = (input.startsWith("\uFEFF") ? input.slice(1) : input).replace(/\r\n?/g, "\n");
  const locate = locator(text);
  const offsetOf = (record: CsvRecord, k: number) =>
    scanFields(text, record.start, record.end).starts[k] ?? record.end;
  if (text.trim() === "") {
    return {
      header: undefined,
      records: [],
      problems: [{ file, line: 1, column: 1, message: "file is empty" }],
      locate,
      offsetOf,
    };
  }
  const problems: Problem[] = forbiddenCharacters(text).map(({ offset, message }) => ({
    file,
    ...locate(offset),
    message,
  }));
  const rows: CsvRecord[] = [];
  if (!text.includes('"')) {
    // No quote anywhere: every line is one record, so papaparse's fast mode (no step callback)
    // gives the cells, and the line starts the locator already has give where each record starts.
    const data = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n", fastMode: true }).data;
    data.forEach((cells, i) => {
      const start = locate.lineStart(i + 1);
      let end = Math.min(locate.lineStart(i + 2) - 1, text.length);
      while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
      for (let k = 0; k < cells.length; k++) cells[k] = trimCell(cells[k] ?? "");
      rows.push({ line: i + 1, cells, start, end });
    });
    const records = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
    const [header, ...rest] = records;
    return { header, records: rest, problems, locate, offsetOf };
  }
  const lineCursor = { index: 0, line: 1 };
  let start = 0;
  let nextQuote = text.indexOf('"');
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    skipEmptyLines: false,
    step(result) {
      const end = Math.min(result.meta.cursor, text.length);
      // Only a record with a quote can be broken; the others are not scanned again. The next
      // quote is looked up only once it has been passed, so finding it costs one pass in all.
      if (nextQuote !== -1 && nextQuote < start) nextQuote = text.indexOf('"', start);
      const quote = nextQuote;
      let contentEnd: number;
      if (quote >= 0 && quote < end) {
        const span = scanFields(text, start, end);
        if (span.broken) {
          // The record runs on to some later quote, so its cells mean nothing; the records after it read as usual.
          problems.push({ file, ...locate(span.broken.offset), message: span.broken.message });
          start = end;
          return;
        }
        contentEnd = span.end;
      } else contentEnd = trimEnd(text, start, end);
      const cells = result.data.map(trimCell);
      rows.push({ line: lineOf(start), cells, start, end: contentEnd });
      start = end;
    },
  });
  const records = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const [header, ...rest] = records;
  return { header, records: rest, problems, locate, offsetOf };

  /** Line of an offset, counting forward from the previous record (records come in order). */
  function lineOf(offset: number): number {
    while (lineCursor.index < text.length && lineCursor.index < offset) {
      if (text.charCodeAt(lineCursor.index) === 10) lineCursor.line++;
      lineCursor.index++;
    }
    return lineCursor.line;
  }
}

/**
 * A cell without the spaces around it, as String.prototype.trim gives it. A cell that starts and
 * ends with a printable ASCII character is returned as it is: trimming a million cells that have
 * nothing to trim cost 60 ms of loading 100,000 rows.
 */
function trimCell(cell: string): string {
  const a = cell.charCodeAt(0);
  const b = cell.charCodeAt(cell.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? cell : cell.trim();
}

/** Maps a character offset to a 1-based line and column. */
function locator(text: string) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const locate = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? Infinity) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
  /** Where 1-based line n starts; past the last line, just after the end of the text. */
  locate.lineStart = (n: number) => starts[n - 1] ?? text.length + 1;
  return locate;
}

const NEVER_CLOSED = "quoted field is never closed";

/**
 * Where each field of one record starts (at its opening quote, or its first
 * non-space character), where the record's content ends, and what is broken:
 * a quote that never closes (reported where it opens: either nothing closes
 * it, or it runs over a line break to a quote that is not the end of a cell),
 * or text after a closing quote on the same line.
 */
function scanFields(
  text: string,
  start: number,
  end: number,
): { starts: number[]; end: number; broken?: { offset: number; message: string } } {
  const starts: number[] = [];
  let i = start;
  for (;;) {
    let j = i;
    while (j < end && (text[j] === " " || text[j] === "\t")) j++;
    if (text[j] === '"') {
      starts.push(j);
      const open = j;
      j++;
      for (;;) {
        if (j >= end)
          return { starts, end: trimEnd(text, start, end), broken: { offset: open, message: NEVER_CLOSED } };
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') {
          j++;
          break;
        } else j++;
      }
      const close = j;
      while (j < end && (text[j] === " " || text[j] === "\t")) j++;
      if (j < end && text[j] !== "," && text[j] !== "\n") {
        const broken = text.slice(open, close).includes("\n")
          ? { offset: open, message: NEVER_CLOSED }
          : { offset: j, message: "unexpected text after the closing quote of a quoted cell" };
        return { starts, end: trimEnd(text, start, end), broken };
      }
    } else {
      starts.push(j < end && text[j] !== "," && text[j] !== "\n" ? j : i);
    }
    while (j < end && text[j] !== "," && text[j] !== "\n") j++;
    if (text[j] !== ",") return { starts, end: j };
    i = j + 1;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && text[e - 1] === "\n") e--;
  return e;
}

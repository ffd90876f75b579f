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

/**
 * Takes a table's records as they are read, so that a large file's records and cells need not all
 * be held at once (each dies young, which spares the garbage collector copying them). A record
 * given to `record` is the sink's only during the call: the record and its cells array may be
 * filled again with the next one (the header is its own, and kept).
 */
export interface RecordSink {
  header(record: CsvRecord, text: ReadText): void;
  record(record: CsvRecord, text: ReadText): void;
}

/** What a sink can ask of the text being read: positions, and an earlier record's cells again. */
export interface ReadText extends Pick<ParsedCsv, "locate" | "offsetOf"> {
  /** The cells of a record, read again from where it starts and ends. */
  cellsAt: (start: number, end: number) => string[];
}

export interface ParsedCsv {
  header: CsvRecord | undefined;
  /** Every record after the header; none when a sink took them. */
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
 * (see characters.ts) where it stands. With a sink, the header and then each record go to it as
 * they are read, and `records` stays empty.
 */
export function parseCsv(file: string, input: string, sink?: RecordSink): ParsedCsv {
  // The BOM is invisible in editors, so columns do not count it; CRLF and lone CR become LF,
  // which leaves every column where it was.
  const bare = input.startsWith("\uFEFF") ? input.slice(1) : input;
  // Looked for first: the replace alone scans a large file for nothing.
  const text = bare.includes("\r") ? bare.replace(/\r\n?/g, "\n") : bare;
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
  const records: CsvRecord[] = [];
  let header: CsvRecord | undefined;
  const read: ReadText = { locate, offsetOf, cellsAt: (start, end) => recordCells(text.slice(start, end)) };
  // Blank lines are no records; the first record is the header. Says whether the record is kept.
  const take = (record: CsvRecord): boolean => {
    if (record.cells.length === 1 && record.cells[0] === "") return false;
    if (!header) {
      header = record;
      sink?.header(record, read);
    } else if (sink) {
      sink.record(record, read);
      return false;
    } else records.push(record);
    return true;
  };
  // No quote anywhere: every line is one record, its cells between commas. Cut here rather than
  // by papaparse, whose fast mode splits the text into lines first: 100,000 more strings.
  if (!text.includes('"')) plainRecords(text, locate, take);
  else quotedRecords(file, text, locate, problems, take);
  return { header, records, problems, locate, offsetOf };
}

/** One record's cells from its text (from its start to its end), read again: as parseCsv read them. */
function recordCells(span: string): string[] {
  const cells = span.includes('"')
    ? (Papa.parse<string[]>(span, { delimiter: ",", newline: "\n" }).data[0] ?? [""])
    : span.split(",");
  return cells.map(trimCell);
}

/**
 * The records of a text with quotes, by papaparse, each given to `take` as it is read. Only a
 * record with a quote can be broken (reported where its quote opens, and skipped).
 */
function quotedRecords(
  file: string,
  text: string,
  locate: ParsedCsv["locate"],
  problems: Problem[],
  take: (record: CsvRecord) => void,
): void {
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
      take({ line: lineOf(start), cells, start, end: contentEnd });
      start = end;
    },
  });

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
 * The records of a text with no quote, each given to `take`: one per line (blank lines too), cells
 * split at commas and trimmed. A record `take` does not keep is filled again with the next line:
 * a new record and array of cells per line were a fifth of what loading 100,000 rows allocated.
 */
function plainRecords(text: string, locate: ParsedCsv["locate"], take: (record: CsvRecord) => boolean): void {
  let record: CsvRecord = { line: 0, cells: [], start: 0, end: 0 };
  for (let line = 1; ; line++) {
    const start = locate.lineStart(line);
    if (start > text.length) break;
    const stop = Math.min(locate.lineStart(line + 1) - 1, text.length);
    const cells = record.cells;
    let n = 0;
    for (let a = start; ;) {
      const comma = text.indexOf(",", a);
      if (comma < 0 || comma > stop) {
        cells[n++] = trimCell(text.slice(a, stop));
        break;
      }
      cells[n++] = trimCell(text.slice(a, comma));
      a = comma + 1;
    }
    if (cells.length !== n) cells.length = n;
    let end = stop;
    while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    record.line = line;
    record.start = start;
    record.end = end;
    if (take(record)) record = { line: 0, cells: [], start: 0, end: 0 };
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

/**
 * A CSV file read as records keyed by its own header, with the line each record starts on. Extract
 * reads tables this way, not through the typed loader: the gold rows and the rows a proposal may
 * duplicate are read as the editors left them, whatever columns the schema has grown since (a
 * `passage` or `hedge` column, a new measure), and a vocabulary file is not a table of the schema.
 */
import { readFileSync } from "node:fs";
import { parseCsv } from "../data/csv.ts";
import { UserError, fileProblem } from "../errors.ts";

export interface CsvRow {
  /** 1-based line of the file the record starts on. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvFile {
  /** As messages name it: "data/casualties.csv". */
  label: string;
  header: string[];
  rows: CsvRow[];
}

/** The records of CSV text, keyed by header; a record shorter than the header reads "" for the rest. */
export function readCsvText(label: string, text: string): CsvFile {
  const parsed = parseCsv(label, text);
  const broken = parsed.problems.find((p) => !/file is empty/.test(p.message));
  if (broken) throw new UserError(`${label}:${broken.line}:${broken.column}: ${broken.message}`);
  const header = parsed.header?.cells ?? [];
  const rows = parsed.records.map((r) => ({
    line: r.line,
    cells: Object.fromEntries(header.map((name, i) => [name, r.cells[i] ?? ""])),
  }));
  return { label, header, rows };
}

/** A CSV file read from disk; a file that is missing or unreadable is one line naming it. */
export function readCsvFile(path: string, label: string): CsvFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(fileProblem(error), { location: { path: label }, cause: error });
  }
  return readCsvText(label, text);
}

/** One cell of a CSV line: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

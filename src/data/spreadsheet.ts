/**
 * Cells a spreadsheet would run as formulas (OWASP's CSV injection): Excel, LibreOffice and
 * Google Sheets read a cell that starts with =, +, - or @ as a formula, and a tab or carriage
 * return before one as blank space. `=HYPERLINK(...)` sends the reader's data away, and
 * `+cmd|' /C calc'!A0` runs a program through DDE in old Excel.
 *
 * Every CSV the project writes for readers passes its text cells through asText; `npm run check`
 * warns on such cells in data/ (formulaCells), whose tables are read back as they are and so are
 * never rewritten.
 */
import type { Problem } from "../errors.ts";
import { parseCsv } from "./csv.ts";
import { quote } from "./quote.ts";
import type { Columns, TableSpec } from "./table.ts";

/** OWASP's list (=, +, -, @, tab, CR), with LF and NUL (ASVS 1.2.10), which some spreadsheets skip before a formula. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Whether a spreadsheet would read this text, as a cell, as a formula. */
export function formulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/**
 * A text cell as a spreadsheet must read it, as text: with a ' before it when it starts like a
 * formula (OWASP's advice; a spreadsheet shows the text without the quote). Never for a number:
 * a negative number is written as it is, and reads as a number.
 */
export function asText(cell: string): string {
  return formulaLike(cell) ? `'${cell}` : cell;
}

/** Whether a cell was made text by asText: CSV writers quote it too, as OWASP advises. */
export function madeText(cell: string): boolean {
  return cell.startsWith("'") && formulaLike(cell.slice(1));
}

/**
 * The text cells of a table's CSV text that start like a formula, each at its line and column:
 * warnings, since the charts' CSVs carry them as text, but a spreadsheet opening the data file
 * itself would run them.
 */
export function formulaCells(spec: TableSpec<Columns>, file: string, text: string): Problem[] {
  const { header, records, locate, offsetOf } = parseCsv(file, text);
  const columns = (header?.cells ?? []).flatMap((name, i) => (spec.columns[name]?.text ? [{ name, i }] : []));
  const found: Problem[] = [];
  for (const record of records)
    for (const { name, i } of columns) {
      const cell = record.cells[i] ?? "";
      if (!formulaLike(cell)) continue;
      found.push({
        file,
        ...locate(offsetOf(record, i)),
        message: `warning: ${name} starts with ${JSON.stringify(cell[0])}, which a spreadsheet opening this file runs as a formula: ${quote(cell)} (the charts' CSVs carry it as text)`,
      });
    }
  return found;
}

/** npm run check: every table validated and every notebook built in memory, without rendering. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { names } from "../cite/names.ts";
import { CITED_TABLES, TABLES } from "../data/schema.ts";
import { formulaCells } from "../data/spreadsheet.ts";
import type { Columns, TableSpec } from "../data/table.ts";
import { formatProblem, sortProblems } from "../errors.ts";
import { checkPassages } from "./checkPassages.ts";
import { loadProject } from "./project.ts";
import { exitCode, reportFailures, unchartedLines, type Io } from "./report.ts";

/** One line per table and per notebook, reporters missing from reporters.csv, then every failure. Returns the exit code. */
export async function checkProject(root: string, io: Io): Promise<number> {
  const { data, notebooks, failures } = await loadProject(root);
  for (const [name, spec] of Object.entries(TABLES)) {
    const rows = data[name as keyof typeof data] as { source?: string; id?: string }[];
    const summary =
      name === "sources"
        ? `ids: ${rows.map((r) => r.id ?? "").join(", ")}`
        : "source" in spec.columns
          ? `sources: ${[...new Set(rows.map((r) => r.source ?? ""))].sort().join(", ")}`
          : spec.about;
    io.out(`data/${spec.file.padEnd(17)} ${String(rows.length).padStart(3)} rows  ${summary}`);
  }
  const book = names(data);
  const unlisted = book.unlisted(CITED_TABLES.flatMap((name) => data[name].map((r) => r.reported_by)));
  if (unlisted.length) {
    io.out(
      `note: ${unlisted.length} reporter${unlisted.length === 1 ? " or publisher is" : "s or publishers are"} not in data/reporters.csv: each reads as written, without "the", singular or plural as guessed below. To change that, add or edit:`,
    );
    for (const name of unlisted) {
      const csv = /[",]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
      io.out(`  ${csv},,,${book.voice(name).plural ? "plural" : "singular"},`);
    }
  }
  for (const nb of notebooks) {
    const built = nb.charts.length;
    io.out(
      `${nb.file.padEnd(24)} ${String(built).padStart(3)} of ${nb.chartIds.length} charts, ${nb.sentences.length} sentences`,
    );
  }
  for (const line of unchartedLines(notebooks)) io.out(line);
  // Each row against the passage of its article that gives it.
  const passages = checkPassages(root, data, book);
  if (passages.skipped) io.out(`note: ${passages.skipped}`);
  else io.out(`passages: ${passages.checked} rows checked against their articles`);
  for (const w of passages.warnings) io.out(w);
  for (const p of sortProblems(passages.problems)) io.err(formatProblem(p));
  for (const warning of formulaWarnings(root)) io.err(warning);
  if (failures.length) {
    reportFailures(failures, io, "npm run charts would keep its previous files");
    return exitCode(failures);
  }
  if (passages.problems.length) {
    const n = passages.problems.length;
    io.err(
      `${n} problem${n === 1 ? "" : "s"} with passages: each row must be backed by the passage it points at`,
    );
    return 1;
  }
  io.out(`ok: ${Object.keys(TABLES).length} tables valid, ${notebooks.length} notebooks built`);
  return 0;
}

/**
 * Text cells in data/ that a spreadsheet opening the file would run as formulas, one warning at
 * file:line:column each. Warnings, not problems: the charts' CSVs carry such a cell as text, and
 * the tables are read back as they are, so the cell is never rewritten; but an editor opens
 * data/ in a spreadsheet, and a cell can come from an article (npm run extract --write).
 */
function formulaWarnings(root: string): string[] {
  return Object.values(TABLES).flatMap((spec) => {
    let text: string;
    try {
      text = readFileSync(join(root, "data", spec.file), "utf8");
    } catch {
      return []; // loadProject has said what is wrong with the file
    }
    return formulaCells(spec as TableSpec<Columns>, `data/${spec.file}`, text).map(formatProblem);
  });
}

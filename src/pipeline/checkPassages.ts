/**
 * `npm run check` reads each row's passage in its article and verifies the row against it
 * (src/cite/checkPassage.ts): a passage that does not back its row is a problem at the cell that
 * is wrong; a row with no passage is a warning that suggests the sentences that give its figure.
 * Articles are read from ../shared/articles beside the project; without that folder, passages are
 * not checked and the run says so in one line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  checkPassage,
  suggestPassages,
  type AnchoredRow,
  type PassageVocabulary,
} from "../cite/checkPassage.ts";
import type { Names } from "../cite/names.ts";
import { loadData, type Data } from "../data/load.ts";
import { CITED_TABLES, TABLES, type CitedTable } from "../data/schema.ts";
import { readTable, type Columns, type TableSpec } from "../data/table.ts";
import { UserError, type Problem } from "../errors.ts";
import { loadVocabulary } from "../extract/vocabulary.ts";
import { sentencesOf, type Sentence } from "../text/passages.ts";
import type { Io } from "./report.ts";

export interface PassageReport {
  problems: Problem[];
  /** Rows with no passage, each with the sentences of its article that could be it. */
  warnings: string[];
  checked: number;
  /** Why nothing was checked: the articles folder is not beside the project. */
  skipped?: string;
}

/** Every way an article may name a row's reporter: its name, its display name and their aliases. */
function namesOf(reportedBy: string, names: Names): string[] {
  const voice = names.voice(reportedBy);
  const body = names.voice(voice.display);
  return [...new Set([voice.name, voice.display, ...voice.aliases, ...body.aliases])];
}

/** The row as the passage check reads it. */
function anchored(table: CitedTable, row: Record<string, unknown>): AnchoredRow {
  const value = row.value;
  return {
    table,
    measure: typeof row.measure === "string" ? row.measure : undefined,
    value: typeof value === "number" || value === null ? value : undefined,
    qualifier: typeof row.qualifier === "string" ? (row.qualifier as AnchoredRow["qualifier"]) : undefined,
    hedge: typeof row.hedge === "string" ? row.hedge : null,
    reported_by: String(row.reported_by),
    passage: typeof row.passage === "string" ? row.passage : null,
  };
}

/** Where each cell of a table is, by line: read again so a problem can name its column. */
function cellsOf(root: string, table: CitedTable) {
  const spec = TABLES[table] as TableSpec<Columns>;
  const result = readTable(spec, `data/${spec.file}`, readFileSync(join(root, "data", spec.file), "utf8"));
  const byLine = new Map(result.rows.map((r) => [r.ref.line, r]));
  return (line: number, column: string) => {
    const row = byLine.get(line);
    return row ? result.cellAt(row, column) : { line, column: 1 };
  };
}

export function checkPassages(root: string, data: Data, names: Names): PassageReport {
  const dir = resolve(root, "..", "shared", "articles");
  if (!existsSync(dir))
    return {
      problems: [],
      warnings: [],
      checked: 0,
      skipped: "../shared/articles is not beside the project: passages not checked",
    };
  const v = loadVocabulary(root);
  const vocabulary: PassageVocabulary = {
    qualifiers: v.qualifiers,
    hedges: v.hedges,
    counts: v.implied.map((i) => ({ words: i.words, value: i.value, table: i.table, measure: i.measure })),
  };
  const articles = new Map<string, Sentence[]>();
  const article = (source: string): Sentence[] | undefined => {
    const file = names.source(source).file;
    if (!articles.has(file) && existsSync(join(dir, file)))
      articles.set(file, sentencesOf(readFileSync(join(dir, file), "utf8")));
    return articles.get(file);
  };
  const out: PassageReport = { problems: [], warnings: [], checked: 0 };
  for (const table of CITED_TABLES) {
    const at = cellsOf(root, table);
    for (const row of data[table] as unknown as (Record<string, unknown> & {
      source: string;
      ref: { file: string; line: number };
    })[]) {
      const sentences = article(row.source);
      if (!sentences) continue;
      const a = anchored(table, row);
      const reporter = namesOf(a.reported_by, names);
      if (a.passage === null) {
        const found = suggestPassages(a, sentences, vocabulary, reporter);
        out.warnings.push(
          `${row.ref.file}:${row.ref.line}: warning: no passage${found.length ? `; sentences of ${row.source} that could give it: ${found.join(", ")}` : `; no sentence of ${row.source} gives its figure`}`,
        );
        continue;
      }
      out.checked++;
      for (const p of checkPassage(a, sentences, vocabulary, reporter))
        out.problems.push({ file: row.ref.file, ...at(row.ref.line, p.column), message: p.message });
    }
  }
  return out;
}

/**
 * `npm run check -- --passages SOURCE_ID`: the article of a source with each sentence numbered as a
 * passage locator, for an editor writing one. The text goes to the terminal only.
 */
export function printPassages(root: string, id: string, io: Io): number {
  const loaded = loadData(join(root, "data"), "data");
  const source = loaded.ok ? loaded.data.sources.find((s) => s.id === id) : undefined;
  if (!source) throw new UserError(`unknown source id ${JSON.stringify(id)}: see data/sources.csv`);
  const path = resolve(root, "..", "shared", "articles", source.file);
  if (!existsSync(path)) throw new UserError(`${path}: no article file for ${id}`);
  for (const s of sentencesOf(readFileSync(path, "utf8")))
    io.out(`p${s.paragraph}.s${s.sentence}  ${s.text}`);
  return 0;
}

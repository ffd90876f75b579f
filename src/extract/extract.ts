/**
 * One article, start to finish: its text read and checked, its publication date, its source row,
 * the proposed rows of every table, and each marked against what data/ already holds. No output and
 * no writing here: the command prints and writes.
 */
import { basename } from "node:path";
import { UserError } from "../errors.ts";
import { markExisting, readTables, type Tables } from "./existing.ts";
import { readArticle } from "./input.ts";
import { proposeRows, type Proposal } from "./propose.ts";
import { publishedDate } from "./published.ts";
import { proposeSource, type SourceProposal } from "./source.ts";
import type { Skipped } from "./figures.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface Extraction {
  article: string;
  source: SourceProposal;
  rows: Proposal[];
  skipped: Skipped[];
}

export interface ExtractOptions {
  vocabulary: Vocabulary;
  /** The project's tables, read once (a source row found by file, rows that are already in). */
  tables: Tables;
  /** --published, when given. */
  published?: string;
  /** Today as YYYY-MM-DD: no publication date after it. */
  today: string;
}

/** Proposals for the article at `path`; an unreadable or figureless article is a one-line UserError. */
export function extractFile(path: string, label: string, options: ExtractOptions): Extraction {
  const text = readArticle(path, label);
  return extractText(text, basename(path), label, options);
}

export function extractText(text: string, file: string, label: string, options: ExtractOptions): Extraction {
  const known = options.tables.sources?.rows.find((r) => r.cells.file === file);
  const option = options.published ?? (known ? known.cells.published : undefined);
  const published = publishedDate(text, option, options.today);
  if (known && !options.published) published.note = known.cells.date_note ?? published.note;
  const source = proposeSource(text, file, published, options.vocabulary.bodies, options.tables.sources);
  const sourceId = source.row.id ?? "";
  const proposed = proposeRows(text, options.vocabulary, published.date, sourceId);
  if (!proposed.rows.length) throw new UserError(`${label}: no figures found`);
  return {
    article: text,
    source,
    rows: markExisting(proposed.rows, options.tables),
    skipped: proposed.skipped,
  };
}

export { readTables };

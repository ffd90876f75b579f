/** Shared by the extract tests: the project's vocabulary, and proposals of a text as short lines. */
import { resolve } from "node:path";
import { proposeRows, type Proposal } from "../../src/extract/propose.ts";
import { loadVocabulary } from "../../src/extract/vocabulary.ts";

export const vocabulary = loadVocabulary(resolve("."));

/** The proposals of `text` published on `published`. */
export function propose(text: string, published: string): Proposal[] {
  return proposeRows(text, vocabulary, published, "test-source").rows;
}

/** Proposals as "table cell · cell · ..." lines, with the given columns. */
export function lines(text: string, published: string, columns: string[]): string[] {
  return propose(text, published).map((p) => [p.table, ...columns.map((c) => p.row[c] ?? "-")].join(" · "));
}

/** One figure row's cells (casualties, hostages, humanitarian), for a text expected to hold exactly one. */
export function only(text: string, published: string): Record<string, string> {
  const rows = propose(text, published).filter((r) => r.table !== "closures" && r.table !== "events");
  if (rows.length !== 1)
    throw new Error(`expected one row, got ${rows.length}: ${JSON.stringify(rows.map((r) => r.row))}`);
  return (rows[0] as Proposal).row;
}

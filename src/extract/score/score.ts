/**
 * The extractor scored on a gold set: every article of the set run through the same code as the
 * command (read, dated, proposed), its proposals tallied against its gold rows.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../errors.ts";
import { extractFile } from "../extract.ts";
import type { Proposal } from "../propose.ts";
import type { Vocabulary } from "../vocabulary.ts";
import { readGoldSet, type GoldSet } from "./gold.ts";
import { CROSSING_FIELDS, emptyTally, FIGURE_FIELDS, tallyArticle, type Tally } from "./match.ts";

export interface SetScore {
  set: GoldSet;
  figures: Tally;
  crossings: Tally;
  /** Milliseconds to extract each article in process. */
  times: number[];
}

/** The two sets: our five articles with their rows in data/, and the development set we wrote. */
export function goldSets(root: string): GoldSet[] {
  const articles = join(root, "..", "shared", "articles");
  const dev = join(root, "test", "extract", "dev");
  const sets: GoldSet[] = [];
  if (existsSync(articles))
    sets.push(readGoldSet("gold", join(root, "data"), articles, "data, ../shared/articles"));
  sets.push(
    readGoldSet("development", join(dev, "data"), join(dev, "articles"), "test/extract/dev/data, articles"),
  );
  // Written blind, after the extractor was built, and never tuned on: the measure of unseen text.
  const held = join(root, "test", "extract", "holdout");
  if (existsSync(held))
    sets.push(
      readGoldSet(
        "held-out",
        join(held, "data"),
        join(held, "articles"),
        "test/extract/holdout/data, articles",
      ),
    );
  return sets;
}

export function scoreSet(set: GoldSet, vocabulary: Vocabulary): SetScore {
  const figures = emptyTally();
  const crossings = emptyTally();
  const times: number[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const article of set.articles) {
    const started = performance.now();
    let rows: Proposal[];
    try {
      rows = extractFile(article.path, article.file, {
        vocabulary,
        tables: { sources: set.sources },
        today,
      }).rows;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      rows = [];
    }
    times.push(performance.now() - started);
    tallyArticle(
      figures,
      rows,
      article.rows,
      ["casualties", "hostages", "humanitarian"],
      FIGURE_FIELDS,
      article.file,
    );
    tallyArticle(crossings, rows, article.rows, ["closures", "events"], CROSSING_FIELDS, article.file);
  }
  return { set, figures, crossings, times };
}
